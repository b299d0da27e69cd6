using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Schools;

/// <summary>Adds a school, or changes one (when <see cref="Command.Id"/> is set).</summary>
public static class SaveSchool
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public Guid? Version { get; set; }

        /// <summary>A new school's one-time form id (<see cref="OncePerSubmission"/>): new each time the form is made.</summary>
        public Guid? SubmissionId { get; set; } = Guid.NewGuid();

        public string? Urn { get; set; }
        public string? Name { get; set; }
        public SchoolPhase? Phase { get; set; }
        public string? LocalAuthority { get; set; }
        public string? Postcode { get; set; }
        public string? Country { get; set; } = School.England;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText("Enter the school's name", "School name", 200);
            RuleFor(c => c.Phase).NotNull().WithMessage("Select the school's phase");
            RuleFor(c => c.Country).RequiredText("Enter the country", "Country", 100);
            When(c => School.IsEngland(c.Country), () =>
            {
                RuleFor(c => c.Urn).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Enter the school's URN")
                    .Must(School.IsValidUrn).WithMessage("URN must be 6 digits, like 123456");
                RuleFor(c => c.LocalAuthority).RequiredText("Enter the local authority", "Local authority", 100);
            }).Otherwise(() =>
            {
                RuleFor(c => c.Urn).Empty().WithMessage("Leave the URN blank for a school outside England");
                RuleFor(c => c.LocalAuthority).MaximumLength(100).WithMessage("Local authority must be 100 characters or fewer");
            });
            When(c => School.IsInUnitedKingdom(c.Country), () =>
                RuleFor(c => c.Postcode).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Enter the school's postcode")
                    .Matches(@"^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}\s*$").WithMessage("Enter a real postcode, like SW1A 1AA"))
                .Otherwise(() =>
                    RuleFor(c => c.Postcode).MaximumLength(20).WithMessage("Postcode must be 20 characters or fewer"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var details = new SchoolDetails(command.Urn, command.Name!, command.Phase!.Value, command.LocalAuthority, command.Postcode, command.Country!);
            if (command.Id is null && await db.EarlierResultAsync(command.SubmissionId, currentUser, cancellationToken) is { } earlier) return earlier;
            await EnsureUrnIsFree(command.Urn?.Trim(), command.Id, cancellationToken);

            School school;
            string action;
            if (command.Id is { } id)
            {
                school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException("The school");
                db.ExpectVersion(school, command.Version ?? Guid.Empty);
                school.Update(details);
                action = "School details changed";
            }
            else
            {
                school = School.Create(details);
                db.Schools.Add(school);
                action = "School added";
            }

            var now = clock.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, now, nameof(School), school.Id, action, school.Name));
            return await db.SaveOnceAsync(command.Id is null ? command.SubmissionId : null, school.Id, currentUser, now, cancellationToken) ?? school.Id;
        }

        private async Task EnsureUrnIsFree(string? urn, Guid? exceptId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(urn)) return;
            if (await db.Schools.AnyAsync(s => s.Urn == urn && s.Id != exceptId, cancellationToken))
                throw new DomainRuleException($"A school with URN {urn} is already on the list", nameof(Command.Urn));
        }
    }
}
