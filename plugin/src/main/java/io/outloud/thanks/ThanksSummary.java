package io.outloud.thanks;

/**
 * "You helped 4 colleagues in 3 departments this quarter": how many different people thanked this person since the
 * quarter began, and from how many departments (a person without a known department adds none). About one person,
 * only to themselves, and to others only when they chose so ({@code isPublic}).
 */
public record ThanksSummary(int people, int departments, boolean isPublic) {
}
