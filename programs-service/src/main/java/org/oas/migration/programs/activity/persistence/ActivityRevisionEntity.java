package org.oas.migration.programs.activity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an activity, written through the session so a bulk import's revisions go as one batch. */
@Entity
@Table(name = "activity_revision")
@IdClass(ActivityRevisionEntity.Key.class)
public class ActivityRevisionEntity {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Id
    public long version;

    @Column(nullable = false)
    public String action;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    public String organization;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String changes;

    /** The primary key: (activity, version). */
    public static class Key implements Serializable {
        public UUID activityId;
        public long version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && java.util.Objects.equals(activityId, key.activityId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(activityId, version);
        }
    }
}
