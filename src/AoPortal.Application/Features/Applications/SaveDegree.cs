using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Applications;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

public static class SaveDegree
{
    public sealed class Command
    {
        public string? Subject { get; set; }
        public string? Institution { get; set; }
        public string? Country { get; set; } = "United Kingdom";
        public string? AwardYear { get; set; }
        public string? Classification { get; set; }
        public string? EnicReference { get; set; }

        public static Command From(Degree? degree) => degree is null ? new Command() : new Command
        {
            Subject = degree.Subject,
            Institution = degree.Institution,
            Country = degree.Country,
            AwardYear = degree.AwardYear.ToString(),
            Classification = degree.Classification,
            EnicReference = degree.EnicReference,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Subject).RequiredText("Enter the subject of your degree", "Degree subject", 200);
            RuleFor(c => c.Institution).RequiredText("Enter the university or college that awarded your degree", "University or college", 200);
            RuleFor(c => c.Country).RequiredText("Enter the country where you studied", "Country", 100);
            RuleFor(c => c.AwardYear).PastYear("The year your degree was awarded", clock);
            RuleFor(c => c.Classification).MaximumLength(100).WithMessage("Classification must be 100 characters or fewer");
            RuleFor(c => c.EnicReference).MaximumLength(50).WithMessage("UK ENIC reference must be 50 characters or fewer");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Command c, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate => candidate.SaveDegree(new Degree(
                c.Subject!, c.Institution!, c.Country!, int.Parse(c.AwardYear!), c.Classification, c.EnicReference,
                UkDate.Today(clock))), cancellationToken);
    }
}
