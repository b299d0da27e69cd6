using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Eligibility;

/// <summary>
/// An admin publishes the next version of the eligibility policy. Earlier versions stay as they were: every decision
/// records the version it was made under, and the new one applies from now on.
/// </summary>
public static class PublishPolicy
{
    public const string PublishedMeanwhile = "Another admin published a new version just now. Check the current policy and try again";

    public sealed class Command
    {
        /// <summary>The version the form was started from; publishing is refused if it is no longer the current one.</summary>
        public int CurrentVersion { get; set; }

        public decimal? MinimumYearsOfTeaching { get; set; }
        public int? MinimumSettings { get; set; }
        public bool RequireConsecutiveKeyStages { get; set; }
        public bool RequireScienceForPrimary { get; set; }

        /// <summary>Requirements that may be waived with a rationale: one checkbox each.</summary>
        public List<EligibilityRequirement> DiscretionAllowed { get; set; } = [];

        /// <summary>Age range codes separated by commas, like "3-7, 3-11, 11-16".</summary>
        public string? OfferedAgeRanges { get; set; }

        public string? Reason { get; set; }

        /// <summary>The codes typed into <see cref="OfferedAgeRanges"/>, blanks dropped.</summary>
        public IReadOnlyList<string> AgeRangeCodes =>
            (OfferedAgeRanges ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        public static Command From(EligibilityPolicy policy) => new()
        {
            CurrentVersion = policy.Version,
            // Dividing by 1.000... drops the trailing zeros the column's precision adds, so 2.00 shows as 2.
            MinimumYearsOfTeaching = policy.MinimumYearsOfTeaching / 1.000000000000000000000000000000000m,
            MinimumSettings = policy.MinimumSettings,
            RequireConsecutiveKeyStages = policy.RequireConsecutiveKeyStages,
            RequireScienceForPrimary = policy.RequireScienceForPrimary,
            DiscretionAllowed = policy.DiscretionAllowed.ToList(),
            OfferedAgeRanges = string.Join(", ", policy.OfferedAgeRanges.Select(r => r.Code)),
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.MinimumYearsOfTeaching).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the minimum years of teaching")
                .InclusiveBetween(0m, 10m).WithMessage("Minimum years of teaching must be between 0 and 10");
            RuleFor(c => c.MinimumSettings).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the minimum number of schools or settings")
                .InclusiveBetween(1, 5).WithMessage("Minimum schools or settings must be between 1 and 5");
            RuleForEach(c => c.DiscretionAllowed).IsInEnum().WithMessage("Select requirements from the list");
            RuleFor(c => c.AgeRangeCodes).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the age ranges you offer, separated by commas")
                .Must(codes => FirstNotAnAgeRange(codes) is null)
                .WithMessage(c => $"'{FirstNotAnAgeRange(c.AgeRangeCodes)}' is not an age range: ages run from {AgeRange.YoungestAge} to {AgeRange.OldestAge} and span at least {AgeRange.MinimumSpan} years")
                .OverridePropertyName(nameof(Command.OfferedAgeRanges));
            RuleFor(c => c.Reason).RequiredText("Enter why the policy is changing", "The reason", 1000);
        }

        private static string? FirstNotAnAgeRange(IEnumerable<string> codes) => codes.FirstOrDefault(code => !AgeRange.TryParse(code, out _));
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        /// <summary>Publishes the next version and returns its number.</summary>
        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            // Versions are never changed once stored, so the current one needs no tracking: publishing only adds a row.
            var current = await CurrentPolicy.LoadAsync(db, cancellationToken);
            // The optimistic check: the admin must have started from the policy in force, or they would overwrite
            // settings they never saw.
            if (current.Version != command.CurrentVersion) throw new DomainRuleException(PublishedMeanwhile);

            var (next, audit) = current.PublishNext(
                command.MinimumYearsOfTeaching!.Value,
                command.MinimumSettings!.Value,
                command.RequireConsecutiveKeyStages,
                command.RequireScienceForPrimary,
                command.DiscretionAllowed,
                command.AgeRangeCodes.Select(AgeRange.Parse),
                command.Reason!,
                currentUser.Actor,
                clock.GetUtcNow().UtcDateTime);
            db.EligibilityPolicies.Add(next);
            db.AuditEntries.Add(audit);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The backstop, for two admins passing the check above at the same moment: the version number is the
                // primary key, so the second insert of the same number fails, and neither row nor audit entry is saved.
                // Policies have no concurrency token to lean on (ExpectVersion guards rows that are edited; these are only
                // added), and a key violation reads differently on each provider, so rather than parse the provider's
                // error this asks the database whether the number is now taken: if it is, the other admin won.
                if (!await db.EligibilityPolicies.AsNoTracking().AnyAsync(p => p.Version == next.Version, cancellationToken)) throw;
                throw new DomainRuleException(PublishedMeanwhile);
            }

            return next.Version;
        }
    }
}
