using AoPortal.Web.Models.Account;
using FluentValidation;

namespace AoPortal.Web.Models.Registration;

/// <summary>The password a newly registered candidate chooses, with the token from their confirmation link.</summary>
public sealed class CreateAccountForm
{
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }

    public sealed class Validator : AbstractValidator<CreateAccountForm>
    {
        public Validator() =>
            this.NewPassword(f => f.Password, f => f.ConfirmPassword, nameof(Password), nameof(ConfirmPassword));
    }
}

public sealed record CreateAccountViewModel(AoPortal.Application.Abstractions.RegistrationRequest Registration, CreateAccountForm Form);
