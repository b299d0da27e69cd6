using System.Globalization;
using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Applications;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

/// <summary>Adds a post to the candidate's teaching experience, or changes one (when <see cref="Command.Id"/> is set).</summary>
public static class SaveExperience
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public string? SettingName { get; set; }
        public string? Country { get; set; } = "England";
        public string? RoleTitle { get; set; }
        public DateParts StartDate { get; set; } = new();
        public bool? StillInPost { get; set; }
        public DateParts EndDate { get; set; } = new();
        public string? Fte { get; set; } = "1";
        public string? AgesFrom { get; set; }
        public string? AgesTo { get; set; }
        public bool? FullResponsibility { get; set; }

        // Only a decimal point: "0,6" must not be read as 6 or 0.6 with a thousands separator.
        public decimal? FteValue => decimal.TryParse(Fte, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var value) ? value : null;

        public static Command From(ExperienceEntry entry) => new()
        {
            Id = entry.Id,
            SettingName = entry.SettingName,
            Country = entry.Country,
            RoleTitle = entry.RoleTitle,
            StartDate = DateParts.From(entry.StartDate),
            StillInPost = entry.EndDate is null,
            EndDate = DateParts.From(entry.EndDate),
            Fte = entry.Fte.ToString(CultureInfo.InvariantCulture),
            AgesFrom = entry.AgesTaught.FromAge.ToString(),
            AgesTo = entry.AgesTaught.ToAge.ToString(),
            FullResponsibility = entry.FullResponsibility,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.SettingName).RequiredText("Enter the name of the school or setting", "School or setting name", 200);
            RuleFor(c => c.Country).RequiredText("Enter the country of the school or setting", "Country", 100);
            RuleFor(c => c.RoleTitle).RequiredText("Enter your role, like class teacher or head of maths", "Role", 100);
            RuleFor(c => c.StartDate).PastDate("The start date", clock);
            RuleFor(c => c.StillInPost).NotNull().WithMessage("Select whether you still work there");
            When(c => c.StillInPost == false, () =>
            {
                RuleFor(c => c.EndDate).PastDate("The end date", clock);
                RuleFor(c => c.EndDate).Must((c, end) => c.StartDate.AsDate is not { } start || end.AsDate is not { } finish || finish >= start)
                    .WithMessage("The end date must be the same as or after the start date");
            });
            RuleFor(c => c.Fte).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the full-time equivalent, like 1 for full time or 0.6 for three days a week")
                .Must((c, _) => c.FteValue is > 0 and <= 1).WithMessage("Full-time equivalent must be a number more than 0 and no more than 1, like 0.6");
            RuleFor(c => c.AgesFrom).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the age of the youngest pupils you taught")
                .Must(a => int.TryParse(a, out var age) && age is >= 2 and <= 18).WithMessage("The youngest age must be a whole number from 2 to 18");
            RuleFor(c => c.AgesTo).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the age of the oldest pupils you taught")
                .Must(a => int.TryParse(a, out var age) && age is >= 3 and <= 19).WithMessage("The oldest age must be a whole number from 3 to 19")
                .Must((c, to) => !int.TryParse(c.AgesFrom, out var from) || int.Parse(to!) > from).WithMessage("The oldest age must be more than the youngest");
            RuleFor(c => c.FullResponsibility).NotNull()
                .WithMessage("Select whether you planned, taught and assessed whole classes yourself");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Command c, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate =>
            {
                var entry = new ExperienceEntry(c.Id ?? Guid.Empty, c.SettingName!, c.Country!, c.RoleTitle!, c.StartDate.AsDate!.Value,
                    c.StillInPost == true ? null : c.EndDate.AsDate, c.FteValue!.Value,
                    new AgesTaught(int.Parse(c.AgesFrom!), int.Parse(c.AgesTo!)), c.FullResponsibility!.Value, UkDate.Today(clock));
                if (c.Id is null)
                {
                    // The same new post sent twice (a double click, a resent form) is one post: a second copy would count its
                    // full-time equivalent twice towards the experience requirement.
                    if (!candidate.Application.Experience.Any(e => SameDetails(e, entry))) candidate.SaveExperience(entry);
                }
                else
                {
                    candidate.ChangeExperience(entry);
                }
            }, cancellationToken);

        private static bool SameDetails(ExperienceEntry a, ExperienceEntry b) =>
            a.SettingName == b.SettingName && a.Country == b.Country && a.RoleTitle == b.RoleTitle && a.StartDate == b.StartDate
            && a.EndDate == b.EndDate && a.Fte == b.Fte && a.AgesTaught == b.AgesTaught && a.FullResponsibility == b.FullResponsibility;
    }
}
