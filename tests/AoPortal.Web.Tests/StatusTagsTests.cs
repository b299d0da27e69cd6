using System.Text.Encodings.Web;
using AoPortal.Domain.Candidates;
using AoPortal.Web.Infrastructure;

namespace AoPortal.Web.Tests;

/// <summary>The status tag every list and summary shows: GOV.UK tag markup, coloured by where the candidate is.</summary>
public sealed class StatusTagsTests
{
    [Theory]
    [InlineData(CandidateStatus.ApplicationDraft, "govuk-tag--grey")]
    [InlineData(CandidateStatus.Submitted, "govuk-tag--blue")]
    [InlineData(CandidateStatus.EligibilityReview, "govuk-tag--blue")]
    [InlineData(CandidateStatus.InAssessment, "govuk-tag--turquoise")]
    [InlineData(CandidateStatus.RecommendationPending, "govuk-tag--yellow")]
    [InlineData(CandidateStatus.QtsAwarded, "govuk-tag--green")]
    [InlineData(CandidateStatus.NotRecommended, "govuk-tag--red")]
    [InlineData(CandidateStatus.Deferred, "govuk-tag--orange")]
    public void A_status_is_a_tag_in_its_colour_with_its_name(CandidateStatus status, string colour)
    {
        var html = Render(status);

        Assert.Equal($"<strong class=\"govuk-tag app-tag--nowrap {colour}\">{HtmlEncoder.Default.Encode(status.DisplayName())}</strong>", html);
    }

    [Fact]
    public void Every_status_has_a_named_tag()
    {
        foreach (var status in Enum.GetValues<CandidateStatus>())
            Assert.Contains($">{HtmlEncoder.Default.Encode(status.DisplayName())}</strong>", Render(status));
    }

    private static string Render(CandidateStatus status)
    {
        using var writer = new StringWriter();
        StatusTags.For(status).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
