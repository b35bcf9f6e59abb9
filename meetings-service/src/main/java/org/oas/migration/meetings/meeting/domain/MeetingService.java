package org.oas.migration.meetings.meeting.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.oas.migration.meetings.directory.domain.Directory;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.meetings.document.domain.DocumentService;
import org.oas.migration.meetings.document.persistence.DocumentEntity;
import org.oas.migration.meetings.meeting.persistence.MeetingEntity;
import org.oas.migration.meetings.meeting.persistence.StoredMeeting;
import org.oas.migration.meetings.resolution.domain.ResolutionService;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.SearchText;
import org.oas.migration.meetings.support.domain.EventBody;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.model.LiveEntities;
import org.oas.migration.platform.model.VersionedWrites;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;

/** Meetings: every person, organization, document and resolution they cite must be known here. */
@ApplicationScoped
public class MeetingService {

    public static final String RESOURCE = "meeting";

    @Inject
    Directory directory;

    @Inject
    DocumentService documents;

    @Inject
    ResolutionService resolutions;

    @Inject
    EventBody<MeetingEntity> eventBody;

    @Inject
    VersionedWrites writes;

    @Inject
    LiveEntities live;

    public MeetingEntity requireLive(String id) {
        return live.require(MeetingEntity.class, id, "Meeting");
    }

    @Transactional
    public MeetingEntity create(MeetingCommand input) {
        return writes.create(RESOURCE, new MeetingEntity(), meeting -> write(meeting, input), eventBody::of);
    }

    @Transactional
    public MeetingEntity replace(MeetingEntity meeting, MeetingCommand input, String ifMatch) {
        return writes.replaceIfDirty(RESOURCE, meeting, ifMatch, m -> write(m, input), eventBody::of);
    }

    @Transactional
    public void delete(MeetingEntity meeting, String ifMatch) {
        writes.delete(RESOURCE, meeting, ifMatch, m -> new Deletion(m.id, m.version));
    }

    private void write(MeetingEntity m, MeetingCommand input) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> organizations = new LinkedHashSet<>();
        DirectoryOrganization body = organization(input.bodyCode(), "bodyCode", violations);
        DirectoryOrganization requestedBy = input.requestedByCode() == null ? null
                : organization(input.requestedByCode(), "requestedByCode", violations);
        String convenedBy = null;
        if (input.convenedBy() != null) {
            convenedBy = resolutions.bySymbol(input.convenedBy()).map(r -> r.symbol != null ? r.symbol : r.draftClassification)
                    .orElse(null);
            if (convenedBy == null) {
                violations.add(new FieldViolation("convenedBy", "no resolution '" + input.convenedBy() + "' is known here"));
            }
        }
        List<StoredMeeting.AgendaItem> agenda = new ArrayList<>();
        List<MeetingCommand.AgendaItem> items = input.agenda();
        for (int i = 0; i < items.size(); i++) {
            MeetingCommand.AgendaItem item = items.get(i);
            String at = "agenda[" + i + "]";
            agenda.add(new StoredMeeting.AgendaItem(item.number().trim(), item.title(),
                    attendance(item.presenters(), at + ".presenters", organizations, violations),
                    item.topics(), documentRefs(item.documents(), at + ".documents", violations)));
        }
        List<StoredMeeting.Attendance> participants = attendance(input.participants(), "participants", organizations, violations);
        List<StoredMeeting.DocumentRef> distributed = documentRefs(input.documents(), "documents", violations);
        String minutes = input.minutes() == null ? null
                : documentRefs(List.of(input.minutes()), "minutes", violations).stream().findFirst().map(StoredMeeting.DocumentRef::symbol).orElse(null);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        m.bodyId = body.id;
        m.bodyCode = body.code;
        m.kind = input.kind().value();
        m.title = input.title();
        m.startDate = input.startDate();
        m.endDate = input.endDate();
        m.venue = input.venue() == null ? null : new StoredMeeting.Venue(input.venue().city(), input.venue().country());
        m.status = input.status().value();
        m.convenedBy = convenedBy;
        m.requestedByCode = requestedBy == null ? null : requestedBy.code;
        m.agenda = List.copyOf(agenda);
        m.participants = List.copyOf(participants);
        m.decisions = List.copyOf(input.decisions());
        m.documents = List.copyOf(distributed);
        m.minutes = minutes;
        m.documentKeys = documentKeys(agenda, distributed, minutes);
        m.identifiers = List.copyOf(input.identifiers());
        organizations.add(body.code);
        m.organizationCodes = List.copyOf(organizations);
        m.searchEn = searchText(m, "en");
        m.searchEs = searchText(m, "es");
    }

    private static List<String> documentKeys(List<StoredMeeting.AgendaItem> agenda, List<StoredMeeting.DocumentRef> distributed, String minutes) {
        Set<String> keys = new LinkedHashSet<>();
        agenda.forEach(item -> item.documents().forEach(d -> keys.add(d.key())));
        distributed.forEach(d -> keys.add(d.key()));
        if (minutes != null) {
            keys.add(SymbolKey.of(minutes));
        }
        return List.copyOf(keys);
    }

    private DirectoryOrganization organization(String code, String field, List<FieldViolation> violations) {
        Optional<DirectoryOrganization> org = directory.organization(code);
        if (org.isEmpty()) {
            violations.add(new FieldViolation(field, "no organization '" + code + "' is known here"));
        }
        return org.orElse(null);
    }

    private List<StoredMeeting.Attendance> attendance(List<MeetingCommand.Attendance> inputs, String field, Set<String> organizations,
                                                      List<FieldViolation> violations) {
        List<StoredMeeting.Attendance> result = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MeetingCommand.Attendance input = inputs.get(i);
            Optional<DirectoryPerson> person = directory.person(input.person());
            if (person.isEmpty()) {
                violations.add(new FieldViolation(field + "[" + i + "].person", "no person '" + input.person() + "' is known here"));
            }
            DirectoryOrganization org = input.organizationCode() == null ? null
                    : organization(input.organizationCode(), field + "[" + i + "].organizationCode", violations);
            if (person.isPresent()) {
                result.add(new StoredMeeting.Attendance(person.get().id, org == null ? null : org.id, org == null ? null : org.code, input.role()));
            }
            if (org != null) {
                organizations.add(org.code);
            }
        }
        return result;
    }

    private List<StoredMeeting.DocumentRef> documentRefs(List<String> symbols, String field, List<FieldViolation> violations) {
        List<StoredMeeting.DocumentRef> refs = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            Optional<DocumentEntity> document = documents.bySymbol(symbols.get(i));
            if (document.isEmpty()) {
                violations.add(new FieldViolation(symbols.size() == 1 && field.equals("minutes") ? field : field + "[" + i + "]",
                        "no document '" + symbols.get(i) + "' is known here"));
                continue;
            }
            refs.add(new StoredMeeting.DocumentRef(document.get().symbol, document.get().symbolKey));
        }
        return refs;
    }

    /** Stored rows indexed by an older version of the search texts are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager entityManager) {
        SearchReindex.run(entityManager, "meeting", id -> {
            MeetingEntity e = MeetingEntity.findById(id);
            return new SearchReindex.Texts(searchText(e, "en"), searchText(e, "es"));
        });
    }

    private static String searchText(MeetingEntity m, String language) {
        Stream<Map<String, String>> texts = Stream.of(Stream.of(m.title),
                m.agenda.stream().flatMap(item -> Stream.concat(Stream.of(item.title()), item.topics().stream())),
                m.agenda.stream().flatMap(item -> item.presenters().stream().map(StoredMeeting.Attendance::role)),
                m.participants.stream().map(StoredMeeting.Attendance::role),
                m.decisions.stream()).flatMap(s -> s);
        return SearchText.of(language, texts);
    }

    public record Deletion(UUID id, long version) {
    }
}
