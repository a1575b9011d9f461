package briefing.model;

/** Whether a figure reports what happened, or states a target or commitment for the future. */
public enum FigureStatus {
    REPORTED, TARGET
}
