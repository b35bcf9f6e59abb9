package org.oas.migration.meetings.symbol;

import java.util.Map;

/** Session numbers in resolution symbols are Roman numerals (XXXVI = 36); only canonical forms are accepted. */
final class RomanNumerals {

    private static final Map<Character, Integer> VALUES = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
    private static final int[] NUMBERS = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    /** The value, or -1 if the text is not a canonical Roman numeral. */
    static int parse(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            Integer value = VALUES.get(roman.charAt(i));
            if (value == null) {
                return -1;
            }
            Integer next = i + 1 < roman.length() ? VALUES.get(roman.charAt(i + 1)) : null;
            total += next != null && next > value ? -value : value;
        }
        return total > 0 && format(total).equals(roman) ? total : -1;
    }

    static String format(int number) {
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < NUMBERS.length; i++) {
            while (rest >= NUMBERS[i]) {
                roman.append(LETTERS[i]);
                rest -= NUMBERS[i];
            }
        }
        return roman.toString();
    }
}
