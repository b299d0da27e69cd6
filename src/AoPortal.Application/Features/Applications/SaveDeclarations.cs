using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Applications;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

public static class SaveDeclarations
{
    public sealed class Command
    {
        public HealthDeclaration? Health { get; set; }
        public string? HealthDetails { get; set; }
        public bool? HasCriminalRecord { get; set; }
        public string? CriminalRecordDetails { get; set; }
        public bool ConfirmedTrue { get; set; }

        public static Command From(Declarations? d) => d is null ? new Command() : new Command
        {
            Health = d.Health,
            HealthDetails = d.HealthDetails,
            HasCriminalRecord = d.HasCriminalRecord,
            CriminalRecordDetails = d.CriminalRecordDetails,
            ConfirmedTrue = d.ConfirmedTrue,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Health).NotNull().WithMessage("Select the outcome of your health questionnaire");
            When(c => c.Health == HealthDeclaration.ConditionManaged, () =>
                RuleFor(c => c.HealthDetails).RequiredText("Describe any adjustments you need", "Adjustments", 1000));
            RuleFor(c => c.HasCriminalRecord).NotNull().WithMessage("Select whether you have any cautions or convictions");
            When(c => c.HasCriminalRecord == true, () =>
                RuleFor(c => c.CriminalRecordDetails).RequiredText("Give details of any cautions or convictions", "Details", 2000));
            RuleFor(c => c.ConfirmedTrue).Equal(true).WithMessage("Confirm that the information in your application is true");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public Task Handle(Command c, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate => candidate.SaveDeclarations(new Declarations(
                c.Health!.Value, c.HealthDetails, c.HasCriminalRecord!.Value, c.CriminalRecordDetails, c.ConfirmedTrue)), cancellationToken);
    }
}
