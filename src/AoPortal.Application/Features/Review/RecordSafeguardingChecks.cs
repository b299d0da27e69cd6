using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Eligibility;
using FluentValidation;

namespace AoPortal.Application.Features.Review;

public static class RecordSafeguardingChecks
{
    public sealed class Command
    {
        public string? DbsCertificateNumber { get; set; }
        public DateParts DbsIssueDate { get; set; } = new();
        public string? DbsSeenBy { get; set; }
        public DateParts ProhibitionCheckDate { get; set; } = new();
        public string? OverseasConductCheck { get; set; }

        public static Command From(SafeguardingChecks? checks) => checks is null ? new Command() : new Command
        {
            DbsCertificateNumber = checks.DbsCertificateNumber,
            DbsIssueDate = DateParts.From(checks.DbsIssueDate),
            DbsSeenBy = checks.DbsSeenBy,
            ProhibitionCheckDate = DateParts.From(checks.ProhibitionCheckDate),
            OverseasConductCheck = checks.OverseasConductCheck,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.DbsCertificateNumber).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the DBS certificate number")
                .Matches("^[0-9]{12}$").WithMessage("The DBS certificate number must be 12 digits");
            RuleFor(c => c.DbsIssueDate).PastDate("The DBS issue date", clock);
            RuleFor(c => c.DbsSeenBy).RequiredText("Enter who saw the DBS certificate", "Seen by", 100);
            RuleFor(c => c.ProhibitionCheckDate).PastDate("The prohibition check date", clock);
            RuleFor(c => c.OverseasConductCheck).MaximumLength(500).WithMessage("Overseas conduct check must be 500 characters or fewer");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Guid candidateId, Command c, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return ReviewedCandidate.ChangeAsync(db, currentUser, candidateId, candidate => candidate.RecordSafeguardingChecks(
                new SafeguardingChecks(c.DbsCertificateNumber!, c.DbsIssueDate.AsDate!.Value, c.DbsSeenBy!, c.ProhibitionCheckDate.AsDate!.Value,
                    c.OverseasConductCheck, UkDate.Today(clock)), currentUser.Actor, now), cancellationToken);
        }
    }
}
