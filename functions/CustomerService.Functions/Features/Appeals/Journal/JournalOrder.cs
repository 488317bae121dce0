namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// The order of journal lines. Every order ends with the number (year, sequence), which is
/// unique, so the order is total and pages never repeat or skip a line.
/// </summary>
public static class JournalOrder
{
    public static IEnumerable<JournalEntry> Apply(IEnumerable<JournalEntry> entries, JournalSortField sort, bool descending)
    {
        var ordered = sort switch
        {
            JournalSortField.Status => By(entries, e => e.Status, descending),
            JournalSortField.Kind => By(entries, e => e.Kind, descending),
            JournalSortField.RegisteredAt => By(entries, e => e.RegisteredAt, descending),
            _ => By(entries, e => e.Year, descending),
        };
        return descending
            ? ordered.ThenByDescending(e => e.Year).ThenByDescending(e => e.Sequence)
            : ordered.ThenBy(e => e.Year).ThenBy(e => e.Sequence);
    }

    private static IOrderedEnumerable<JournalEntry> By<TKey>(IEnumerable<JournalEntry> entries, Func<JournalEntry, TKey> key, bool descending) =>
        descending ? entries.OrderByDescending(key, Comparer<TKey>.Default) : entries.OrderBy(key, Comparer<TKey>.Default);
}
