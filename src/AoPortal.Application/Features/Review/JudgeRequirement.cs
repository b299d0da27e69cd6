using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Eligibility;
using FluentValidation;

namespace AoPortal.Application.Features.Review;

public static class JudgeRequirement
{
    public sealed class Command
    {
        public JudgementOutcome? Outcome { get; set; }
        public string? Rationale { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).NotNull().WithMessage("Select whether the requirement is met");
            When(c => c.Outcome == JudgementOutcome.Waived, () =>
                RuleFor(c => c.Rationale).NotEmpty().WithMessage("Enter the rationale for waiving this requirement"));
            RuleFor(c => c.Rationale).MaximumLength(2000).WithMessage("Rationale must be 2000 characters or fewer");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, EligibilityRequirement requirement, Command c, CancellationToken cancellationToken)
        {
            var policy = await CurrentPolicy.LoadAsync(db, cancellationToken);
            await ReviewedCandidate.ChangeAsync(db, currentUser, candidateId, candidate =>
                candidate.JudgeRequirement(requirement, c.Outcome!.Value, c.Rationale, policy, currentUser.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
    }
}
