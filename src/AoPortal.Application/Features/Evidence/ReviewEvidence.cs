using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// The candidate's assessor (or a moderator or an admin) reviews the latest version of a portfolio item: accepts it, or
/// asks for more with feedback and an optional date to answer by. The form carries the item's version, so a review of an
/// item that changed meanwhile is refused rather than lost. The candidate is emailed either way.
/// </summary>
public static class ReviewEvidence
{
    public enum Decision
    {
        Accept,
        RequestMore,
    }

    public sealed class Command
    {
        public Decision? Outcome { get; set; }

        /// <summary>What more is needed; only for a request for more.</summary>
        public string? Feedback { get; set; }

        /// <summary>The date to answer a request for more by; optional.</summary>
        public DateParts DueBy { get; set; } = new();

        /// <summary>The item's version when the form was shown.</summary>
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Outcome).NotNull().WithMessage("Select whether to accept the evidence or ask for more");
            When(c => c.Outcome == Decision.RequestMore, () =>
            {
                RuleFor(c => c.Feedback).RequiredText("Enter feedback saying what more is needed", "Feedback", 4000);
                When(c => !c.DueBy.IsEmpty, () =>
                    RuleFor(c => c.DueBy).RealDate("The date to answer by")
                        .Must(d => d.AsDate >= UkDate.Today(clock)).WithMessage("The date to answer by must be today or in the future"));
            });
        }
    }

    /// <summary>An item as its reviewer sees it, with the candidate's name.</summary>
    public sealed record Details(Guid CandidateId, string CandidateName, EvidenceItem Item);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IEmailSender email, TimeProvider clock)
    {
        /// <summary>The item to review. Two queries; a 404 outside what the person may see, a 403 for someone who cannot manage the candidate.</summary>
        public async Task<Details> GetAsync(Guid candidateId, Guid itemId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            var item = await db.EvidenceItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && i.CandidateId == candidateId, cancellationToken)
                ?? throw new NotFoundException("The evidence");
            return new Details(candidate.Id, candidate.FullName, item);
        }

        public async Task Handle(Guid candidateId, Guid itemId, Command command, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            var item = await db.EvidenceItems.SingleOrDefaultAsync(i => i.Id == itemId && i.CandidateId == candidateId, cancellationToken)
                ?? throw new NotFoundException("The evidence");
            db.ExpectVersion(item, command.Version);
            var now = clock.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(command.Outcome == Decision.RequestMore
                ? item.RequestMore(command.Feedback ?? "", command.DueBy.AsDate, currentUser.Actor, now, UkDate.Today(clock))
                : item.Accept(currentUser.Actor, now));
            await db.SaveChangesAsync(cancellationToken);

            var review = item.Reviews[^1];
            await email.SendAsync(review.Outcome == EvidenceStatus.MoreRequested
                ? new EmailMessage(candidate.Email, $"More evidence needed: {item.Title}",
                    $"""
                    Dear {candidate.FirstNames},

                    {review.ByName} has reviewed "{item.Title}" and needs more evidence:

                    {review.Feedback}

                    {(review.DueBy is { } due ? $"Please add a new version by {AssessmentPlan.Day(due)}." : "Please add a new version when you can.")}

                    Sign in to the Assessment Only portal to add it.
                    """) { Link = $"/candidates/{candidate.Id}/evidence/{item.Id}" }
                : new EmailMessage(candidate.Email, $"Evidence accepted: {item.Title}",
                    $"""
                    Dear {candidate.FirstNames},

                    {review.ByName} has accepted "{item.Title}" for your portfolio.
                    """) { Link = $"/candidates/{candidate.Id}/evidence/{item.Id}" }, cancellationToken);
        }
    }
}
