namespace Traceability.Core.Evidence;

/// <summary>The thirteen kinds of evidence of the DHS FAQs on North Korean labor, in the FAQ's order.</summary>
public static class EvidenceKinds
{
    /// <summary>Every kind, in the FAQ's order.</summary>
    public static IReadOnlyList<EvidenceKind> All { get; } =
    [
        new("stakeholder-engagement", 1, "Information demonstrating that it engaged meaningfully with affected stakeholders, including workers and trade unions, as part of the due diligence process"),
        new("workforce-composition", 2, "Workforce composition at the location in question"),
        new("supplier-training", 3, "Training materials on North Korean forced labor prohibitions that have been provided to suppliers and sub-contractors"),
        new("labor-policy", 4, "Company policies, and evidence of implementation, on using North Korean laborers"),
        new("supplier-contracts", 5, "Contracts with suppliers and sub-contractors that state its policy on North Korean forced labor"),
        new("worksite-disclosure", 6, "Publishing the full names of all authorized production units and processing facilities, the worksite addresses, the parent company of the business at the worksite, the types of products made and the number of workers at each worksite"),
        new("wage-payment", 7, "Information on how and to whom wages are paid at the location"),
        new("recruitment-audit-scope", 8, "Information demonstrating that recruitment agencies are within the scope of any third-party audit with suppliers"),
        new("authorized-recruitment", 9, "Documents verifying the use of authorized recruitment agencies and brokers or that the company uses direct recruitment"),
        new("recruitment-fees", 10, "Documents verifying that the fee structure presented by the recruitment agency is transparent and has been verified through worker interviews"),
        new("fee-reimbursement", 11, "If the company has reimbursed any fees paid, verification of such reimbursement", Required: false),
        new("leadership-commitment", 12, "Demonstrated commitment to human rights and labor due diligence at the highest levels of the company"),
        new("impact-assessment", 13, "Results of human rights and labor impact assessments"),
    ];

    /// <summary>Every kind id, in the FAQ's order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(k => k.Id)];

    /// <summary>Looks a kind up by id (case-insensitive).</summary>
    public static bool TryGet(string id, out EvidenceKind kind)
    {
        kind = All.FirstOrDefault(k => string.Equals(k.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return kind is not null;
    }

    /// <summary>The kind with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such kind.</exception>
    public static EvidenceKind Get(string id) => TryGet(id, out var k) ? k : throw new KeyNotFoundException($"no evidence kind '{id}'");
}
