using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Eligibility;
using FluentValidation;

namespace AoPortal.Application.Features.Review;

/// <summary>A school lead confirms their school supports a member of staff's assessment, naming the mentor.</summary>
public static class ConfirmSchoolSupport
{
    public sealed class Command
    {
        public string? Statement { get; set; }
        public string? MentorName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Statement).RequiredText("Enter the school's statement of support", "Statement", 2000);
            RuleFor(c => c.MentorName).RequiredText("Enter the name of the candidate's mentor in school", "Mentor's name", 100);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Guid candidateId, Command c, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // CandidateVisibility keeps a school lead to their own school's staff.
            return ReviewedCandidate.ChangeAsync(db, currentUser, candidateId, candidate =>
                [candidate.ConfirmSchoolSupport(new SchoolSupportConfirmation(c.Statement!, c.MentorName!, currentUser.UserId, currentUser.Actor.Name, now), currentUser.Actor, now)],
                cancellationToken);
        }
    }
}
