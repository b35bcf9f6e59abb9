-- Symbols of the other bodies the committees follow often carry no year (ECLAC's LC/L.2706, the Andean Community's
-- SG/Proposal 154 rev. 1): the year of a document's symbol is known only where the symbol says it.
ALTER TABLE document ALTER COLUMN year DROP NOT NULL;
