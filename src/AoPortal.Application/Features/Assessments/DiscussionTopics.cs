namespace AoPortal.Application.Features.Assessments;

/// <summary>Settings under "Assessment": the topics a professional discussion may cover (provider configuration).</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>
    /// The provider's own topics; empty, the default, means <see cref="DefaultDiscussionTopics"/>. (Not pre-filled: the
    /// configuration binder adds configured items to a list's existing ones, so a configured list could never replace it.)
    /// </summary>
    public List<string> DiscussionTopics { get; set; } = [];

    /// <summary>The topics a discussion may cover: the configured ones, or those DOMAIN.md lists.</summary>
    public IReadOnlyList<string> Topics => DiscussionTopics.Count > 0 ? DiscussionTopics : DefaultDiscussionTopics;

    public static readonly IReadOnlyList<string> DefaultDiscussionTopics =
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
