using FluentValidation;

namespace AoPortal.Web.Models.Account;

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }

    public sealed class Validator : AbstractValidator<ChangePasswordForm>
    {
        public Validator()
        {
            RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
            this.NewPassword(f => f.NewPassword, f => f.ConfirmPassword, nameof(NewPassword), nameof(ConfirmPassword));
        }
    }
}
