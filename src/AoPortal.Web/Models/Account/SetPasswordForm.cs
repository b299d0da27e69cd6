using FluentValidation;

namespace AoPortal.Web.Models.Account;

public sealed class SetPasswordForm
{
    public Guid UserId { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }

    public sealed class Validator : AbstractValidator<SetPasswordForm>
    {
        public Validator() =>
            this.NewPassword(f => f.Password, f => f.ConfirmPassword, nameof(Password), nameof(ConfirmPassword));
    }
}
