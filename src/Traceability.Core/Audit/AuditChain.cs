using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Traceability.Core.Audit;

/// <summary>
/// The hash chain of the audit trail. Each record's hash covers the previous record's hash and its own fields, so
/// editing, deleting or reordering a record breaks every later link; the head (last sequence and hash) kept beside the
/// trail, and printed for keeping elsewhere, reveals a cut tail.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Places <paramref name="e"/> after a record with <paramref name="sequence"/> - 1 and <paramref name="previousHash"/>.</summary>
    public static AuditRecord Seal(AuditEvent e, long sequence, DateTimeOffset at, string previousHash)
    {
        var record = new AuditRecord(sequence, at.ToUniversalTime(), e.Actor, e.Role, e.Action, e.Target, e.Origin, e.Outcome, previousHash, "");
        return record with { Hash = HashOf(record) };
    }

    /// <summary>The hash a record should have.</summary>
    public static string HashOf(AuditRecord r)
    {
        var text = string.Join('\u001f', r.PreviousHash, r.Sequence.ToString(CultureInfo.InvariantCulture),
            r.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), r.Actor, r.Role, r.Action, r.Target, r.Origin, r.Outcome);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Checks a trail read in sequence order against its recorded head.</summary>
    /// <param name="records">Records in stored order.</param>
    /// <param name="headSequence">Last sequence recorded beside the trail (0 when empty).</param>
    /// <param name="headHash">Last hash recorded beside the trail.</param>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records, long headSequence, string headHash)
    {
        var problems = new List<string>();
        var previous = Genesis;
        long expected = 1;
        long count = 0;
        foreach (var r in records)
        {
            count++;
            if (r.Sequence != expected)
                problems.Add(r.Sequence > expected
                    ? $"records {expected}..{r.Sequence - 1} are missing (deleted or reordered) before record {r.Sequence}"
                    : $"record {r.Sequence} appears out of order after record {expected - 1}");
            if (r.PreviousHash != previous)
                problems.Add($"record {r.Sequence} does not follow the record before it (chain broken: deleted, inserted or reordered)");
            if (HashOf(r) != r.Hash)
                problems.Add($"record {r.Sequence} was altered: its contents do not match its hash");
            previous = r.Hash;
            expected = r.Sequence + 1;
            if (problems.Count > 50) break;
        }
        var last = expected - 1;
        if (headSequence > last)
            problems.Add($"the trail ends at record {last} but the head records {headSequence}: records were cut from the end");
        else if (headSequence < last)
            problems.Add($"the trail runs to record {last} but the head records {headSequence}: the head was rewound or records were appended outside the log");
        else if (last > 0 && headHash != previous)
            problems.Add($"the last record's hash does not match the head: the tail was rewritten");
        return new AuditVerification(problems.Count == 0, count, last, previous, problems);
    }
}
