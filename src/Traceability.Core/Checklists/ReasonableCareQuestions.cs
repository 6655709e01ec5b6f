namespace Traceability.Core.Checklists;

/// <summary>CBP's reasonable-care questions on forced labor (Informed Compliance Publication, September 2017), in CBP's order.</summary>
public static class ReasonableCareQuestions
{
    /// <summary>Every question, in order.</summary>
    public static IReadOnlyList<ReasonableCareQuestion> All { get; } =
    [
        new("forced-labor-measures", 1, "Have you taken reliable measures to ensure imported goods are not produced wholly or in part with convict labor, forced labor and/or indentured labor (including forced or indentured child labor)?"),
        new("section-307-procedures", 2, "Have you established reliable procedures to ensure you are not importing goods in violation of Section 307 of the Tariff Act and related provisions?"),
        new("know-how-goods-are-made", 3, "Do you know how your goods are made, from raw materials to finished goods, by whom, where and under what labor conditions?"),
        new("cbp-forced-labor-page", 4, "Have you reviewed CBP's \"Forced Labor\" webpage, which includes a list of active withhold release orders and findings, as well as forced labor fact sheets?"),
        new("dol-list-review", 5, "Have you reviewed the Department of Labor's \"List of Goods Produced by Child Labor or Forced Labor\" to familiarize yourself with at-risk country and commodity combinations?"),
        new("cbp-ruling", 6, "Have you obtained a ruling from CBP regarding the admissibility of goods under Section 307 of the Tariff Act and, if so, have you established reliable procedures to ensure that you followed the ruling and brought it to CBP's attention?"),
        new("internal-audits", 7, "Have you established a reliable procedure of conducting periodic internal audits to check for forced labor in your supply chain?"),
        new("unannounced-audits", 8, "Have you established a reliable procedure of having a third-party auditor familiar with evaluating forced labor risks conduct periodic, unannounced audits of your supply chain for forced labor?"),
        new("ilo-indicators", 9, "Have you reviewed the International Labour Organization's \"Indicators of Forced Labour\" booklet?"),
        new("supplier-vetting", 10, "Do you vet new suppliers/vendors for forced labor risks through questionnaires or some other means?"),
        new("contract-terms", 11, "Do your contracts with suppliers include terms that prohibit the use of forced labor, a time frame by which to take corrective action if forced labor is identified and the consequences if corrective action is not taken, such as the termination of the contractual relationship?"),
        new("social-compliance-system", 12, "Do you have a comprehensive and transparent social compliance system in place? Have you reviewed the Department of Labor's \"Comply Chain\" webpage?"),
        new("entry-records", 13, "Have you developed a reliable program or procedure to maintain and produce any required customs entry documentation and supporting information?"),
    ];

    /// <summary>Looks a question up by id (case-insensitive) or by number.</summary>
    public static bool TryGet(string idOrNumber, out ReasonableCareQuestion question)
    {
        var key = idOrNumber.Trim();
        question = All.FirstOrDefault(q => string.Equals(q.Id, key, StringComparison.OrdinalIgnoreCase)
            || q.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == key)!;
        return question is not null;
    }

    /// <summary>Order of a question id (for sorting); unknown ids last.</summary>
    public static int Order(string id) => All.FirstOrDefault(q => q.Id == id)?.Number ?? int.MaxValue;
}
