using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Standards;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.EvidenceReview;

/// <summary>The review page: the item with its versions and reviews, and the reviewer's decision.</summary>
public sealed record EvidenceReviewViewModel(ReviewEvidence.Details Details, ReviewEvidence.Command Form)
{
    public EvidenceItem Item => Details.Item;

    /// <summary>Only the latest version, once its files have passed the malware scan and while it awaits review, takes a decision.</summary>
    public bool CanReview => Item.IsVisibleToReviewers && Item.Status == EvidenceStatus.AwaitingReview;

    public string Action => $"/candidates/{Details.CandidateId}/evidence/{Item.Id}/review";

    public string FileUrl(EvidenceFile file) => $"/candidates/{Details.CandidateId}/evidence/{Item.Id}/files/{file.Id}";

    public IReadOnlyList<EvidenceVersion> EarlierVersions => Item.Versions.Take(Item.Versions.Count - 1).Reverse().ToList();

    public static IReadOnlyList<SelectListItem> Outcomes { get; } =
    [
        new("Accept the evidence", nameof(ReviewEvidence.Decision.Accept)),
        new("Ask for more evidence", nameof(ReviewEvidence.Decision.RequestMore)),
    ];

    /// <summary>A standard's heading or a point's summary, from the catalogue.</summary>
    public static string HeadingOf(string code)
    {
        var catalogue = StandardsCatalogue.Current;
        var judged = catalogue.JudgedStandardOf(code);
        return catalogue.Judged.Where(s => s.Code == code).Select(s => s.Heading)
            .Concat(judged is null ? [] : catalogue.PointsUnder(judged).Where(p => p.Code == code).Select(p => p.Summary))
            .FirstOrDefault() ?? "";
    }
}
