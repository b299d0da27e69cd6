using System.Globalization;
using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// An admin publishes the next version of the assessment plan template. Earlier versions stay as they were: each plan
/// copies what it needs from the template when the assessment starts, so only assessments started from now on follow
/// the new one.
/// </summary>
public static class PublishPlanTemplate
{
    public const string PublishedMeanwhile = "Another admin published a new version just now. Check the current plan template and try again";

    /// <summary>How many empty milestone rows the form offers for new milestones.</summary>
    public const int BlankRows = 3;

    public sealed class Command
    {
        /// <summary>The version the form was started from; publishing is refused if it is no longer the current one.</summary>
        public int CurrentVersion { get; set; }

        public int? LengthWeeks { get; set; }
        public int? MaxExtensionWeeks { get; set; }
        public int? MaxDeferralDays { get; set; }

        /// <summary>The milestone rows as the form shows them, numbered from 1 in messages; blank rows are ignored.</summary>
        public List<MilestoneRow> Milestones { get; set; } = [];

        public string? Reason { get; set; }

        /// <summary>The rows that are not blank, with their number on the form (1 for the first row).</summary>
        public IEnumerable<(int Number, MilestoneRow Row)> FilledRows =>
            Milestones.Select((row, index) => (Number: index + 1, Row: row)).Where(r => !r.Row.IsBlank);

        /// <summary>The milestones the filled rows describe; call after validation.</summary>
        public IEnumerable<MilestoneTemplate> MilestoneTemplates =>
            FilledRows.Select(r => new MilestoneTemplate(r.Row.Kind!.Value, r.Row.Title!.Trim(), r.Row.WeekNumber!.Value));

        /// <summary>The form as first shown: the template in force, then empty rows for new milestones.</summary>
        public static Command From(PlanTemplate template) => new Command
        {
            CurrentVersion = template.Version,
            LengthWeeks = template.LengthWeeks,
            MaxExtensionWeeks = template.MaxExtensionWeeks,
            MaxDeferralDays = template.MaxDeferralDays,
            Milestones = template.Milestones
                .Select(m => new MilestoneRow { Kind = m.Kind, Title = m.Title, Week = m.WeekOffset.ToString(CultureInfo.InvariantCulture) })
                .ToList(),
        }.WithBlankRows();

        /// <summary>
        /// Adds empty rows at the end until there are <see cref="BlankRows"/> of them, so a form shown again after an
        /// error still has room for new milestones. Rows already there keep their numbers, which the errors name.
        /// </summary>
        public Command WithBlankRows()
        {
            var trailing = Milestones.AsEnumerable().Reverse().TakeWhile(r => r.IsBlank).Count();
            for (var i = trailing; i < BlankRows; i++) Milestones.Add(new MilestoneRow());
            return this;
        }
    }

    /// <summary>One milestone row of the form: a kind from the list, a title, and the week it falls in, as typed.</summary>
    public sealed class MilestoneRow
    {
        public MilestoneKind? Kind { get; set; }
        public string? Title { get; set; }

        /// <summary>Weeks after the start, as typed: text, so "two" or "1.5" get a message of ours.</summary>
        public string? Week { get; set; }

        public bool IsBlank => Kind is null && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Week);

        /// <summary>The week as a whole number, when it is one.</summary>
        public int? WeekNumber =>
            int.TryParse(Week?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var week) ? week : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        private const int TitleLength = 100;

        public Validator()
        {
            RuleFor(c => c.LengthWeeks).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter how many weeks the assessment lasts")
                .InclusiveBetween(1, PlanTemplate.LongestLengthWeeks)
                .WithMessage($"The assessment must last between 1 and {PlanTemplate.LongestLengthWeeks} weeks");
            RuleFor(c => c.MaxExtensionWeeks).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the longest extension in weeks")
                .InclusiveBetween(0, PlanTemplate.LongestLengthWeeks)
                .WithMessage($"The longest extension must be between 0 and {PlanTemplate.LongestLengthWeeks} weeks");
            RuleFor(c => c.MaxDeferralDays).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the longest deferral in days")
                .InclusiveBetween(0, 365).WithMessage("The longest deferral must be between 0 and 365 days");
            RuleFor(c => c.Milestones).Custom((_, context) => CheckMilestones(context.InstanceToValidate, context));
            RuleFor(c => c.Reason).RequiredText("Enter why the plan template is changing", "The reason", 1000);
        }

        /// <summary>
        /// Each filled row on its own fields, in the form's order, named by its number on the form; then the list as a
        /// whole. A row with some boxes filled and others not says which are missing.
        /// </summary>
        private static void CheckMilestones(Command command, ValidationContext<Command> context)
        {
            var lengthKnown = command.LengthWeeks is >= 1 and <= PlanTemplate.LongestLengthWeeks;
            var lastWeek = lengthKnown ? command.LengthWeeks!.Value : PlanTemplate.LongestLengthWeeks;
            var weekRange = lengthKnown ? $"from 0 to {lastWeek}" : "from 0 to the length of the assessment";
            foreach (var (number, row) in command.FilledRows)
            {
                var field = $"{nameof(Command.Milestones)}[{number - 1}].";
                if (row.Kind is null)
                    context.AddFailure(new ValidationFailure(field + nameof(MilestoneRow.Kind), $"Select the kind of milestone {number}"));
                else if (!Enum.IsDefined(row.Kind.Value))
                    context.AddFailure(new ValidationFailure(field + nameof(MilestoneRow.Kind), $"Select the kind of milestone {number} from the list"));

                if (string.IsNullOrWhiteSpace(row.Title))
                    context.AddFailure(new ValidationFailure(field + nameof(MilestoneRow.Title), $"Enter the title of milestone {number}"));
                else if (row.Title.Trim().Length > TitleLength)
                    context.AddFailure(new ValidationFailure(field + nameof(MilestoneRow.Title),
                        $"The title of milestone {number} must be {TitleLength} characters or fewer"));

                if (string.IsNullOrWhiteSpace(row.Week))
                    context.AddFailure(new ValidationFailure(field + nameof(MilestoneRow.Week), $"Enter the week of milestone {number}"));
                else if (row.WeekNumber is not { } week || week > lastWeek)
                    context.AddFailure(new ValidationFailure(field + nameof(MilestoneRow.Week),
                        $"Week of milestone {number} must be a whole number {weekRange}"));
            }

            var count = command.FilledRows.Count();
            if (count == 0)
                context.AddFailure(new ValidationFailure(nameof(Command.Milestones), "Enter at least one milestone"));
            else if (count > PlanTemplate.MostMilestones)
                context.AddFailure(new ValidationFailure(nameof(Command.Milestones), $"Enter no more than {PlanTemplate.MostMilestones} milestones"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        /// <summary>Publishes the next version and returns its number.</summary>
        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            // Versions are never changed once stored, so the current one needs no tracking: publishing only adds a row.
            var current = await GetPlanTemplates.LoadCurrentAsync(db, cancellationToken);
            // The optimistic check: the admin must have started from the template in force, or they would overwrite
            // milestones they never saw.
            if (current.Version != command.CurrentVersion) throw new DomainRuleException(PublishedMeanwhile);

            var (next, audit) = current.PublishNext(
                command.LengthWeeks!.Value,
                command.MaxExtensionWeeks!.Value,
                command.MaxDeferralDays!.Value,
                command.MilestoneTemplates,
                command.Reason!,
                currentUser.Actor,
                clock.GetUtcNow().UtcDateTime);
            db.PlanTemplates.Add(next);
            db.AuditEntries.Add(audit);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The backstop, for two admins passing the check above at the same moment, as in PublishPolicy: the
                // version number is the primary key, so the second insert of the same number fails and neither row nor
                // audit entry is saved. Rather than parse each provider's key-violation error, ask the database whether
                // the number is now taken: if it is, the other admin won.
                if (!await db.PlanTemplates.AsNoTracking().AnyAsync(t => t.Version == next.Version, cancellationToken)) throw;
                throw new DomainRuleException(PublishedMeanwhile);
            }

            return next.Version;
        }
    }
}
