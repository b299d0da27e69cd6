namespace AoPortal.Domain.Common;

/// <summary>
/// One sending of a form that creates something (a record, an evidence item, a school), by the one-time id the form
/// carried, with what it created. A second sending of the same form (a double click, a resent request) finds it and gets
/// the same result instead of a second copy.
/// </summary>
public sealed class FormSubmission
{
    private FormSubmission() { }

    /// <summary>The id the form was given when it was shown.</summary>
    public Guid Id { get; private set; }

    /// <summary>What the first sending created.</summary>
    public Guid ResultId { get; private set; }

    public Guid? UserId { get; private set; }
    public DateTime SubmittedAt { get; private set; }

    public static FormSubmission Of(Guid submissionId, Guid resultId, Actor actor, DateTime now) =>
        submissionId == Guid.Empty
            ? throw new ArgumentException("A form submission has an id.", nameof(submissionId))
            : new FormSubmission { Id = submissionId, ResultId = resultId, UserId = actor.UserId, SubmittedAt = Guard.Utc(now) };
}
