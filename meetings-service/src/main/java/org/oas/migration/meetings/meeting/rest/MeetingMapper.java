package org.oas.migration.meetings.meeting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.oas.migration.meetings.directory.domain.Directory;
import org.oas.migration.meetings.directory.domain.PersonRef;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.meetings.meeting.domain.MeetingCommand;
import org.oas.migration.meetings.meeting.domain.MeetingKind;
import org.oas.migration.meetings.meeting.domain.MeetingStatus;
import org.oas.migration.meetings.meeting.persistence.MeetingEntity;
import org.oas.migration.meetings.meeting.persistence.StoredMeeting;
import org.oas.migration.meetings.support.domain.EventBody;

/**
 * Meetings to and from the wire. Shows stored references with the directory's current names (so a renamed
 * organization shows its new name); the view is also what meetings.v1 announces.
 */
@ApplicationScoped
public class MeetingMapper implements EventBody<MeetingEntity> {

    @Inject
    Directory directory;

    public MeetingView toView(MeetingEntity m, String match) {
        return new MeetingView(m.id, directory.ref(m.bodyId, m.bodyCode), MeetingKind.fromValue(m.kind), m.title, m.startDate, m.endDate,
                m.venue, MeetingStatus.fromValue(m.status), m.convenedBy,
                m.requestedByCode == null ? null : directory.organization(m.requestedByCode).map(o -> directory.ref(o.id, o.code)).orElse(null),
                m.agenda.stream().map(item -> new MeetingView.AgendaItem(item.number(), item.title(), attendance(item.presenters()),
                        item.topics(), item.documents().stream().map(StoredMeeting.DocumentRef::symbol).toList())).toList(),
                attendance(m.participants), List.copyOf(m.decisions),
                m.documents.stream().map(StoredMeeting.DocumentRef::symbol).toList(), m.minutes, List.copyOf(m.identifiers),
                m.version, m.createdAt, m.updatedAt, match);
    }

    public static MeetingInput toInput(MeetingEntity m) {
        return new MeetingInput(List.copyOf(m.identifiers), m.bodyCode, MeetingKind.fromValue(m.kind), m.title, m.startDate, m.endDate,
                m.venue == null ? null : new MeetingInput.VenueInput(m.venue.city(), m.venue.country()), MeetingStatus.fromValue(m.status),
                m.convenedBy, m.requestedByCode,
                m.agenda.stream().map(item -> new MeetingInput.AgendaItemInput(item.number(), item.title(), attendanceInput(item.presenters()),
                        item.topics(), item.documents().stream().map(StoredMeeting.DocumentRef::symbol).toList())).toList(),
                attendanceInput(m.participants), List.copyOf(m.decisions),
                m.documents.stream().map(StoredMeeting.DocumentRef::symbol).toList(), m.minutes);
    }

    @Override
    public Object of(MeetingEntity stored) {
        return toView(stored, null);
    }

    public static MeetingCommand toCommand(MeetingInput in) {
        return new MeetingCommand(in.identifiers(), in.bodyCode(), in.kind(), in.title(), in.startDate(), in.endDate(),
                in.venue() == null ? null : new MeetingCommand.Venue(in.venue().city(), in.venue().country()), in.status(),
                in.convenedBy(), in.requestedByCode(),
                in.orEmpty(in.agenda()).stream().map(item -> new MeetingCommand.AgendaItem(item.number(), item.title(),
                        attendanceCommand(item.presenters()), item.topics(), item.documents())).toList(),
                attendanceCommand(in.participants()), in.decisions(), in.documents(), in.minutes());
    }

    private static List<MeetingCommand.Attendance> attendanceCommand(List<MeetingInput.AttendanceInput> inputs) {
        return inputs == null ? List.of()
                : inputs.stream().map(a -> new MeetingCommand.Attendance(a.person(), a.organizationCode(), a.role())).toList();
    }

    private List<MeetingView.Attendance> attendance(List<StoredMeeting.Attendance> stored) {
        return stored.stream().map(a -> new MeetingView.Attendance(
                DirectoryPerson.<DirectoryPerson>findByIdOptional(a.personId()).map(PersonRef::of).orElse(new PersonRef(a.personId(), null, null)),
                a.organizationId() == null ? null : directory.ref(a.organizationId(), a.organizationCode()),
                a.role())).toList();
    }

    private static List<MeetingInput.AttendanceInput> attendanceInput(List<StoredMeeting.Attendance> stored) {
        return stored.stream().map(a -> new MeetingInput.AttendanceInput(a.personId().toString(), a.organizationCode(), a.role())).toList();
    }

}
