using AoPortal.Application.Features.Assessments;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Standards;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Assessments;

/// <summary>The observation or discussion form, new or existing; <paramref name="Record"/> is null for a new one.</summary>
public sealed record RecordFormViewModel(GetPlan.Result Plan, RecordForm Form, AssessmentRecord? Record, IReadOnlyList<string> Schools, IReadOnlyList<string> Topics)
{
    public bool IsAmendment => Record is { Status: RecordStatus.Shared };

    public string Noun => Form.Kind == RecordKind.Observation ? "observation" : "professional discussion";

    public string Heading => Record is null ? $"Record a{(Form.Kind == RecordKind.Observation ? "n" : "")} {Noun}" : IsAmendment ? $"Amend the {Noun}" : $"Change the {Noun}";

    public string Action => Record is null
        ? $"/candidates/{Plan.CandidateId}/assessment/records/new"
        : $"/candidates/{Plan.CandidateId}/assessment/records/{Record.Id}/edit";

    public IEnumerable<SelectListItem> SchoolItems => Schools.Select(s => new SelectListItem(s, s));

    public IEnumerable<SelectListItem> TopicItems => Topics.Union(Form.Topics).Select(t => new SelectListItem(t, t));

    public static IReadOnlyList<SelectListItem> YearGroups { get; } =
        Enum.GetValues<YearGroup>().Select(y => new SelectListItem(y.DisplayName(), y.ToString())).ToList();

    /// <summary>The standard's heading; empty for a code that is not one (a forged hidden field, which the domain refuses).</summary>
    public static string HeadingOf(string code) => StandardsCatalogue.Current.Judged.Where(s => s.Code == code).Select(s => s.Heading).FirstOrDefault() ?? "";

    public static IReadOnlyList<StandardSubPoint> PointsUnder(string code) => StandardsCatalogue.Current.PointsUnder(code);

    public static IEnumerable<SelectListItem> PointItems(string code) =>
        PointsUnder(code).Select(p => new SelectListItem($"{p.Code}: {p.Summary}", p.Code));
}

public sealed record RecordViewModel(AssessmentRecords.One Details, AssessmentRecords.Reflection Form)
{
    public AssessmentRecord Record => Details.Record;
    public GetPlan.Result Plan => Details.Plan;
}
