package org.oas.migration.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

class KeysetTest {

    private static final Keyset BY_DATE = Keyset.of("meetings-newest", KeyType.DATE, KeyType.UUID);
    private static final UUID ID = UUID.fromString("0190a6c2-8d4e-7b3a-9f10-2c4d5e6f7a8b");

    @Test
    void aCursorGivesBackTheTypedKeyItWasMadeOf() {
        String cursor = BY_DATE.cursor(LocalDate.of(2009, 4, 23), ID);

        assertEquals(List.of(LocalDate.of(2009, 4, 23), ID), BY_DATE.after(PageRequest.of("10", cursor)));
    }

    @Test
    void theFirstPageHasNoKey() {
        assertTrue(BY_DATE.after(PageRequest.of(null, "  ")).isEmpty());
    }

    @Test
    void aRankSurvivesTheRoundTripExactly() {
        Keyset byRank = Keyset.of("by-relevance", KeyType.RANK, KeyType.UUID);
        float rank = 0.060792744f;

        assertEquals(rank, byRank.after(PageRequest.of(null, byRank.cursor(rank, ID))).get(0));
    }

    @Test
    void aCursorOfAnotherOrderingIsRefused() {
        Keyset byRank = Keyset.of("meetings-by-relevance", KeyType.RANK, KeyType.UUID);
        String cursor = byRank.cursor(0.5f, ID);

        assertCursorRefused(BY_DATE, cursor);
    }

    @Test
    void aWellFormedCursorWithAnIdThatIsNoUuidIsRefused() {
        assertCursorRefused(BY_DATE, forged("c2\u001fmeetings-newest\u001f2009-04-23\u001fnot-a-uuid"));
    }

    @Test
    void theFirstVersionsCursorsWithTheirOwnShapeAreRefused() {
        assertCursorRefused(Keyset.of("any", KeyType.TEXT, KeyType.UUID), forged("c1\u001fabc\u001fnot-a-uuid"));
    }

    @Test
    void aDateThatIsNoDateIsRefused() {
        assertCursorRefused(BY_DATE, forged("c2\u001fmeetings-newest\u001f2009-13-45\u001f" + ID));
    }

    @Test
    void aRankThatIsNotFiniteIsRefused() {
        Keyset byRank = Keyset.of("r", KeyType.RANK);
        assertCursorRefused(byRank, forged("c2\u001fr\u001fNaN"));
        assertCursorRefused(byRank, forged("c2\u001fr\u001fInfinity"));
        assertCursorRefused(byRank, forged("c2\u001fr\u001f1e999"));
    }

    @Test
    void textWithNulOrALoneSurrogateIsRefused() {
        Keyset byName = Keyset.of("n", KeyType.TEXT);
        assertCursorRefused(byName, forged("c2\u001fn\u001fa\u0000b"));
        assertCursorRefused(byName, Base64.getUrlEncoder().encodeToString(
                new byte[] {'c', '2', 0x1f, 'n', 0x1f, (byte) 0xed, (byte) 0xa0, (byte) 0x80}));
    }

    @Test
    void aLongThatIsNoNumberIsRefused() {
        assertCursorRefused(Keyset.of("v", KeyType.LONG), forged("c2\u001fv\u001f12abc"));
    }

    @Test
    void somethingThatIsNotBase64IsRefused() {
        assertCursorRefused(BY_DATE, "%%%not base64%%%");
    }

    @Test
    void aCursorWithTooFewPartsIsRefused() {
        assertCursorRefused(BY_DATE, forged("c2\u001fmeetings-newest\u001f2009-04-23"));
    }

    private static String forged(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertCursorRefused(Keyset keyset, String cursor) {
        ApiException refused = assertThrows(ApiException.class, () -> keyset.after(PageRequest.of(null, cursor)));
        assertEquals(ProblemType.INVALID_INPUT, refused.type());
        assertEquals("cursor", refused.problem().errors().get(0).field());
    }
}
