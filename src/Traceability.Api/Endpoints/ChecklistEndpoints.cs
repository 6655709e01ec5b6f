using Traceability.Api.Audit;
using Traceability.Api.Auth;
using Traceability.Api.Contracts;
using Traceability.Core.Checklists;
using Traceability.Core.Evidence;
using Traceability.Core.Snapshots;

namespace Traceability.Api.Endpoints;

public static class ChecklistEndpoints
{
    public static void MapChecklistEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/checklists").WithTags("Evidence");
        group.MapGet("/questions", GetChecklistQuestions).WithName("getChecklistQuestions").RequireAuthorization(Policies.Read)
            .WithSummary("CBP's reasonable-care questions on forced labor, with their stable ids.");
        group.MapGet("/{supplier}", GetChecklist).WithName("getChecklist").RequireAuthorization(Policies.Read)
            .WithSummary("A supplier's reasonable-care checklist: every question with its latest answer (yes, no, partial, unknown) and date.");
        group.MapPut("/{supplier}", SetChecklist).WithName("setChecklist").RequireAuthorization(Policies.Screen)
            .WithSummary("Record answers to reasonable-care questions for a supplier; earlier answers stay in the history.");
    }

    public static Ok<List<ChecklistQuestionContract>> GetChecklistQuestions() =>
        TypedResults.Ok(ReasonableCareQuestions.All.Select(ChecklistQuestionContract.Map).ToList());

    public static async Task<Ok<ChecklistContract>> GetChecklist(string supplier, RiskIndexProvider risks, IEvidenceStore store, CancellationToken ct)
    {
        var g = (await risks.GetAsync(ct)).Graph;
        var id = ChecklistIntake.Supplier(g, supplier);
        return TypedResults.Ok(ChecklistContract.Map(id, g.NameOf(g.Find(supplier)!.Value), await store.GetChecklistAsync(id, ct)));
    }

    public static async Task<Ok<ChecklistContract>> SetChecklist(string supplier, SetChecklistRequest request, RiskIndexProvider risks, IEvidenceStore store,
        TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var g = (await risks.GetAsync(ct)).Graph;
        var id = ChecklistIntake.Supplier(g, supplier);
        var inputs = request.Answers?.Select(a => new ChecklistInput(a.Question, a.Answer, a.Date, a.Note)).ToList();
        var drafts = ChecklistIntake.Answers(inputs, EvidenceEndpoints.Today(time), (i, f) => i < 0 ? f : $"answers[{i}].{f}");
        var answers = await store.SetChecklistAsync(id, drafts, EvidenceEndpoints.Actor(http), AuditContext.Event(http, "200 ok"), ct);
        AuditContext.MarkWritten(http);
        return TypedResults.Ok(ChecklistContract.Map(id, g.NameOf(g.Find(supplier)!.Value), answers));
    }
}
