using FluentValidation;

namespace AoPortal.Web.Models.Account;

public sealed class SignInForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }

    public sealed class Validator : AbstractValidator<SignInForm>
    {
        public Validator()
        {
            RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address");
            RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
        }
    }
}
