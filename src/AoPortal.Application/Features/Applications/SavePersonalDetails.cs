using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Applications;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

public static class SavePersonalDetails
{
    public sealed class Command
    {
        public string? LegalFirstNames { get; set; }
        public string? LegalLastName { get; set; }
        public string? PreviousNames { get; set; }
        public DateParts DateOfBirth { get; set; } = new();
        public string? Phone { get; set; }
        public string? Address { get; set; }
        public string? Postcode { get; set; }
        public string? Trn { get; set; }
        public string? Nationality { get; set; }

        public static Command From(PersonalDetails? details) => details is null ? new Command() : new Command
        {
            LegalFirstNames = details.LegalFirstNames,
            LegalLastName = details.LegalLastName,
            PreviousNames = details.PreviousNames,
            DateOfBirth = DateParts.From(details.DateOfBirth),
            Phone = details.Phone,
            Address = details.Address,
            Postcode = details.Postcode,
            Trn = details.Trn,
            Nationality = details.Nationality,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.LegalFirstNames).RequiredText("Enter your first names", "First names", 100);
            RuleFor(c => c.LegalLastName).RequiredText("Enter your last name", "Last name", 100);
            RuleFor(c => c.PreviousNames).MaximumLength(200).WithMessage("Previous names must be 200 characters or fewer");
            RuleFor(c => c.DateOfBirth).PastDate("Your date of birth", clock);
            RuleFor(c => c.Phone).RequiredText("Enter your phone number", "Phone number", 30)
                .Matches(@"^[0-9+()\- ]{7,30}$").WithMessage("Enter a phone number, like 01632 960 001 or +44 808 157 0192");
            RuleFor(c => c.Address).RequiredText("Enter your address", "Address", 300);
            RuleFor(c => c.Postcode).RequiredText("Enter your postcode", "Postcode", 20);
            RuleFor(c => c.Trn).Must(t => string.IsNullOrWhiteSpace(t) || PersonalDetails.IsValidTrn(t.Trim()))
                .WithMessage("TRN must be 7 digits, like 1234567");
            RuleFor(c => c.Nationality).RequiredText("Enter your nationality", "Nationality", 100);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Command c, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate => candidate.SavePersonalDetails(new PersonalDetails(
                c.LegalFirstNames!, c.LegalLastName!, c.PreviousNames, c.DateOfBirth.AsDate!.Value, c.Phone!, c.Address!, c.Postcode!,
                c.Trn, c.Nationality!, UkDate.Today(clock))), cancellationToken);
    }
}
