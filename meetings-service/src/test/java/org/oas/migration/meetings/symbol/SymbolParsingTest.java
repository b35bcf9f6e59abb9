package org.oas.migration.meetings.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolParsingTest {

    @Test
    void resolutionSymbolsParseIntoTheirParts() {
        ResolutionSymbol s = ResolutionSymbol.parse("AG/RES. 2248 (XXXVI-O/06)").orElseThrow();
        assertEquals("AG", s.series());
        assertEquals(2248, s.number());
        assertEquals(36, s.session());
        assertEquals(ResolutionSymbol.SessionType.REGULAR, s.sessionType());
        assertEquals(2006, s.year());
        assertEquals("AG/RES. 2248 (XXXVI-O/06)", s.canonical());

        ResolutionSymbol cim = ResolutionSymbol.parse("cim/res 252 ( xxxiv-o / 08 )").orElseThrow();
        assertEquals("CIM/RES. 252 (XXXIV-O/08)", cim.canonical());
        assertEquals(34, cim.session());

        ResolutionSymbol special = ResolutionSymbol.parse("CP/RES. 1 (XL-E/10)").orElseThrow();
        assertEquals(ResolutionSymbol.SessionType.SPECIAL, special.sessionType());
        assertEquals("CIDI/RES. 12 (XLII-O/12)", ResolutionSymbol.parse("CIDI/RES.12(XLII-O/12)").orElseThrow().canonical());
        assertEquals(SymbolKey.of("AG/RES. 2248 (XXXVI-O/06)"), ResolutionSymbol.parse("ag/res.2248 (xxxvi-o/06)").orElseThrow().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AG/RES 2248", "AG/RES. 2248 (XXXVI/06)", "AG/RES. 2248 (IIII-O/06)", "AG/RES. ABC (XXXVI-O/06)",
            "RES. 2248 (XXXVI-O/06)", "AG/RES. 2248 (XXXVI-X/06)", ""})
    void malformedResolutionSymbolsAreRefused(String text) {
        assertTrue(ResolutionSymbol.parse(text).isEmpty(), text);
    }

    @Test
    void documentSymbolsParseIntoTheirParts() {
        DocumentSymbol od = DocumentSymbol.parse("CP/OD-1592/07 rev. 1").orElseThrow();
        assertEquals("CP/OD", od.series());
        assertEquals(1592, od.number());
        assertEquals(2007, od.year());
        assertEquals(1, od.revision());
        assertNull(od.corrigendum());

        DocumentSymbol inf = DocumentSymbol.parse("CE/AM/INF.32/08").orElseThrow();
        assertEquals("CE/AM/INF", inf.series());
        assertEquals(32, inf.number());
        assertEquals(2008, inf.year());

        DocumentSymbol cam = DocumentSymbol.parse("CIDI/CAM/doc.4/13 Rev.3").orElseThrow();
        assertEquals("CIDI/CAM/doc", cam.series());
        assertEquals(3, cam.revision());
        assertEquals("CIDI/CAM/doc.4/13 Rev. 3", cam.canonical());
        assertEquals(5488, DocumentSymbol.parse("CP/INF. 5488/07").orElseThrow().number());
        assertEquals(2, DocumentSymbol.parse("CP/doc. 4207/07 corr. 2").orElseThrow().corrigendum());
        assertEquals(SymbolKey.of("CP/OD-1592/07 rev. 1"), DocumentSymbol.parse("cp/od-1592/07 REV.1").orElseThrow().key());
    }

    @Test
    void otherBodiesResolutionSymbolsParseInTheirOwnForms() {
        ResolutionSymbol eclac = ResolutionSymbol.parse("615(xxxi)").orElseThrow();
        assertEquals("615 (XXXI)", eclac.canonical());
        assertEquals(31, eclac.session());
        assertNull(eclac.year());
        assertEquals("Decision 545", ResolutionSymbol.parse("decisión 545").orElseThrow().canonical());
        ResolutionSymbol paho = ResolutionSymbol.parse("CD45 (D1)").orElseThrow();
        assertEquals("CD", paho.series());
        assertEquals(45, paho.session());
        assertEquals(1, paho.number());
        assertNull(paho.sessionType());
    }

    /** Other bodies' symbols, as the documents cite them: no year. */
    @Test
    void symbolsWithoutAYearParseTooAsOtherBodiesWriteThem() {
        DocumentSymbol eclac = DocumentSymbol.parse("LC/CAR/L.139").orElseThrow();
        assertEquals("LC/CAR/L", eclac.series());
        assertEquals(139, eclac.number());
        assertNull(eclac.year());
        DocumentSymbol andean = DocumentSymbol.parse("SG/Proposal 154 rev.1").orElseThrow();
        assertEquals("SG/Proposal", andean.series());
        assertEquals(154, andean.number());
        assertEquals(1, andean.revision());
        assertEquals("SG/Proposal 154 rev. 1", andean.canonical());
        assertEquals(SymbolKey.of("LC/L.2706"), DocumentSymbol.parse("lc/l. 2706").orElseThrow().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CP 1592/07", "1592/07", "CP/OD-1592/2007", "CP/OD-1592/07 rev. x", "LC/L.2706/2007", "LC/L."})
    void malformedDocumentSymbolsAreRefused(String text) {
        assertTrue(DocumentSymbol.parse(text).isEmpty(), text);
    }
}
