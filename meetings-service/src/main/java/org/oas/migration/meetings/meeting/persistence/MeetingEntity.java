package org.oas.migration.meetings.meeting.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.model.VersionedEntity;

@Entity
@Table(name = "meeting")
@SqlResultSetMapping(name = MeetingEntity.LIST_ROW, entities = @EntityResult(entityClass = MeetingEntity.class),
        columns = {@ColumnResult(name = "sort_key", type = String.class), @ColumnResult(name = "fragment", type = String.class)})
public class MeetingEntity extends VersionedEntity {

    public static final String LIST_ROW = "MeetingListRow";

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "body_code", nullable = false)
    public String bodyCode;

    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public StoredMeeting.Venue venue;

    @Column(nullable = false)
    public String status;

    @Column(name = "convened_by")
    public String convenedBy;

    @Column(name = "requested_by_code")
    public String requestedByCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredMeeting.AgendaItem> agenda = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredMeeting.Attendance> participants = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, String>> decisions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredMeeting.DocumentRef> documents = new ArrayList<>();

    public String minutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Identifier> identifiers = new ArrayList<>();

    /** Every organization presenting or participating, for the {@code organization} filter. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "organization_codes", nullable = false)
    public List<String> organizationCodes = new ArrayList<>();

    /** The keys of every document distributed or under an agenda item (and the minutes), for the {@code document} filter. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document_keys", nullable = false)
    public List<String> documentKeys = new ArrayList<>();

    @Column(name = "search_en", nullable = false)
    public String searchEn = "";

    @Column(name = "search_es", nullable = false)
    public String searchEs = "";
}
