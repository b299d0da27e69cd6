using System.Text.Encodings.Web;
using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// A candidate's status as a GOV.UK tag, coloured by where they are in the lifecycle. A helper rather than a partial view:
/// lists show one on every row, and a partial costs a view lookup and a view context each time (a tenth of the candidate
/// list's rendering for its 50 rows).
/// </summary>
public static class StatusTags
{
    public static IHtmlContent StatusTag(this IHtmlHelper html, CandidateStatus status) => For(status);

    public static IHtmlContent For(CandidateStatus status) =>
        new HtmlString($"<strong class=\"govuk-tag app-tag--nowrap {Colour(status)}\">{HtmlEncoder.Default.Encode(status.DisplayName())}</strong>");

    private static string Colour(CandidateStatus status) => status switch
    {
        CandidateStatus.ApplicationDraft => "govuk-tag--grey",
        CandidateStatus.Submitted or CandidateStatus.EligibilityReview => "govuk-tag--blue",
        CandidateStatus.Accepted or CandidateStatus.InAssessment => "govuk-tag--turquoise",
        CandidateStatus.RecommendationPending => "govuk-tag--yellow",
        CandidateStatus.Recommended or CandidateStatus.QtsAwarded => "govuk-tag--green",
        CandidateStatus.Rejected or CandidateStatus.NotRecommended => "govuk-tag--red",
        CandidateStatus.Deferred => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };
}
