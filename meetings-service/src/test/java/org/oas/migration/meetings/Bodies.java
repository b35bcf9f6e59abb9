package org.oas.migration.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Request bodies as the API's clients write them, serialised by Jackson (absent fields are left out). */
final class Bodies {

    private Bodies() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String symbol, Map<String, String> title, String date, String kind, List<String> languages) {

        static Document of(String symbol, String titleEn) {
            return new Document(symbol, Map.of("en", titleEn), "2007-05-02", "information-document", List.of("en", "es"));
        }

        Document titled(String titleEn) {
            return new Document(symbol, Map.of("en", titleEn), date, kind, languages);
        }

        Document ofKind(String newKind) {
            return new Document(symbol, title, date, newKind, languages);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resolution(String symbol, Map<String, String> title, String bodyCode, String status, String adoptionDate) {

        static Resolution of(String symbol, String titleEn, String bodyCode) {
            return new Resolution(symbol, Map.of("en", titleEn), bodyCode, "adopted", "2006-06-06");
        }

        Resolution adoptedOn(String date) {
            return new Resolution(symbol, title, bodyCode, status, date);
        }

        Resolution withoutAdoptionDate() {
            return new Resolution(symbol, title, bodyCode, status, null);
        }

        Resolution titled(String titleEn) {
            return new Resolution(symbol, Map.of("en", titleEn), bodyCode, status, adoptionDate);
        }
    }

    /** A draft resolution, known by its draft classification only. */
    record Draft(String draftClassification, Map<String, String> title, String bodyCode, String status) {

        static Draft of(String draftClassification, String titleEn, String bodyCode) {
            return new Draft(draftClassification, Map.of("en", titleEn), bodyCode, "draft");
        }
    }

    /** A resolution with sponsors, paragraphs and citations. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FullResolution(String symbol, Map<String, String> title, String bodyCode, String status, String adoptionDate,
                          List<String> sponsors, List<String> coSponsors, List<Preambular> preambular, List<Operative> operative,
                          List<String> cites) {
    }

    record Preambular(String verb, Map<String, String> text) {
    }

    record Operative(String number, Map<String, String> text, List<Mandate> mandates) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Mandate(String addresseeCode, Map<String, String> dueSession) {
    }

    /** A meeting with its venue, agenda, decisions and documents. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FullMeeting(List<Identifier> identifiers, String bodyCode, String kind, Map<String, String> title, String startDate,
                       String endDate, Venue venue, String status, String convenedBy, List<AgendaItem> agenda,
                       List<Map<String, String>> decisions, List<String> documents) {
    }

    record Identifier(String scheme, String value) {
    }

    record Venue(String city, String country) {
    }

    record AgendaItem(String number, Map<String, String> title, List<Attendance> presenters, List<Map<String, String>> topics,
                      List<String> documents) {
    }

    record Attendance(String person, String organizationCode, Map<String, String> role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meeting(String bodyCode, String kind, Map<String, String> title, String startDate, String status) {

        static Meeting of(String bodyCode, String titleEn) {
            return new Meeting(bodyCode, "special", Map.of("en", titleEn), "2007-05-02", "held");
        }

        Meeting titled(String titleEn) {
            return new Meeting(bodyCode, kind, Map.of("en", titleEn), startDate, status);
        }

        Meeting startingOn(String date) {
            return new Meeting(bodyCode, kind, title, date, status);
        }

        Meeting ofKind(String newKind) {
            return new Meeting(bodyCode, newKind, title, startDate, status);
        }
    }
}
