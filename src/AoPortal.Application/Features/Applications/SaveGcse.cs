using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Applications;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

/// <summary>The candidate's GCSE, or equivalent, in one subject.</summary>
public static class SaveGcse
{
    public sealed class Command
    {
        public GcseSubject Subject { get; set; }
        public bool? IsGcse { get; set; }
        public string? Qualification { get; set; }
        public string? Grade { get; set; }
        public string? Year { get; set; }

        public static Command From(GcseSubject subject, GcseResult? result) => result is null ? new Command { Subject = subject } : new Command
        {
            Subject = subject,
            IsGcse = result.IsGcse,
            Qualification = result.IsGcse ? null : result.Qualification,
            Grade = result.Grade,
            Year = result.Year.ToString(),
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.IsGcse).NotNull().WithMessage("Select whether it is a GCSE or an equivalent qualification");
            When(c => c.IsGcse == false, () =>
                RuleFor(c => c.Qualification).RequiredText("Enter the name of the equivalent qualification", "Qualification", 100));
            RuleFor(c => c.Grade).RequiredText("Enter the grade", "Grade", 20);
            RuleFor(c => c.Year).PastYear("The year you got the qualification", clock);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Command c, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate => candidate.SaveGcse(new GcseResult(
                c.Subject, c.IsGcse!.Value, c.Qualification, c.Grade!, int.Parse(c.Year!), UkDate.Today(clock))), cancellationToken);
    }
}
