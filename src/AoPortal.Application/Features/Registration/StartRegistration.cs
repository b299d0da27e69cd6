using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using FluentValidation;

namespace AoPortal.Application.Features.Registration;

/// <summary>
/// A prospective candidate asks for an account from the sign-in page. Whether or not the address already has an account,
/// the person sees the same page and the address receives one email: a link to finish registering, or a reminder that an
/// account exists. So the page never tells anyone which addresses are registered.
/// </summary>
public static class StartRegistration
{
    public sealed class Command
    {
        public string? FirstNames { get; set; }
        public string? LastName { get; set; }
        public string? Email { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FirstNames).RequiredText("Enter your first names", "First names", 100);
            RuleFor(c => c.LastName).RequiredText("Enter your last name", "Last name", 100);
            RuleFor(c => c.Email).ValidEmail();
        }
    }

    public sealed class Handler(IUserAccounts accounts, IRegistrationLinks links, IEmailSender email)
    {
        public async Task Handle(Command c, CancellationToken cancellationToken)
        {
            var address = Candidate.NormaliseEmail(c.Email!);
            var message = await accounts.EmailInUseAsync(address, cancellationToken)
                ? AlreadyRegistered(address)
                : ConfirmationLink(new RegistrationRequest(c.FirstNames!.Trim(), c.LastName!.Trim(), address));
            await email.SendAsync(message, cancellationToken);
        }

        private EmailMessage ConfirmationLink(RegistrationRequest registration) =>
            new(registration.Email, "Confirm your email address to apply for Assessment Only",
                $"""
                Dear {registration.FirstNames} {registration.LastName},

                You asked to create an account on the Assessment Only portal, to apply for assessment for qualified teacher status.

                Confirm your email address and choose a password:
                {links.Build(registration)}

                The link expires in {links.Lifetime.TotalHours:0} hours. If you did not ask for an account, you can ignore this email.
                """) { CarriesSecret = true };

        private static EmailMessage AlreadyRegistered(string address) =>
            new(address, "You already have an account on the Assessment Only portal",
                """
                Someone, probably you, asked to create an account on the Assessment Only portal with this email address.

                You already have an account, so there is nothing more to do: sign in with this email address and your password.
                If you have not set a password yet, use the link in your invitation email, or ask your provider to send a new one.

                If you did not ask for an account, you can ignore this email.
                """);
    }
}
