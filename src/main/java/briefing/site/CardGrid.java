package briefing.site;

/**
 * How many columns a row of cards gets on a wide screen so that no card sits alone on the last row:
 * three when that works, else four, two or five (a phone shows two, the last odd card across both).
 */
final class CardGrid {

    private CardGrid() {
    }

    static int columns(int cards) {
        if (cards <= 4) {
            return Math.max(1, cards);
        }
        for (int columns : new int[] {3, 4, 2, 5}) {
            if (cards % columns != 1) {
                return columns;
            }
        }
        return 2;
    }
}
