using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>Fills <see cref="EntryRelation.TargetEntryId"/> for relations a list states by name only (OFAC "Linked To:").</summary>
internal static class RelationTargets
{
    /// <summary>
    /// Looks each unresolved target name up among the primary names of the same list, ignoring case. OFAC ends
    /// remarks with a period, so "CO" also finds "CO.". A name carried by two entries stays unresolved.
    /// </summary>
    public static List<ListEntry> Resolve(List<ListEntry> entries)
    {
        var byName = entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First() : null, StringComparer.OrdinalIgnoreCase);
        ListEntry? Find(string name) =>
            byName.GetValueOrDefault(name) ?? (name.EndsWith('.') ? null : byName.GetValueOrDefault(name + "."));
        return entries.Select(e => e.Relations.Any(r => r.TargetEntryId is null)
            ? e with
            {
                Relations = e.Relations.Select(r => r.TargetEntryId is null && Find(r.TargetName) is { } t && t.EntryId != e.EntryId
                    ? r with { TargetName = t.Name, TargetEntryId = t.EntryId }
                    : r).ToList(),
            }
            : e).ToList();
    }
}
