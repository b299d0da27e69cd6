namespace AoPortal.Application.Features.Assessments;

/// <summary>Settings under "Assessment": the topics a professional discussion may cover (provider configuration).</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>The topics DOMAIN.md lists; a provider may configure its own.</summary>
    public List<string> DiscussionTopics { get; set; } =
    [
        "Safeguarding",
        "Assessment for learning",
        "Behaviour management",
        "Adaptive teaching",
        "Curriculum progression",
        "Educational theory",
        "Special educational needs and disabilities (SEND)",
    ];
}
