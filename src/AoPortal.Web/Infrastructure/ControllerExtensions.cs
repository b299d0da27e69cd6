using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AoPortal.Web.Infrastructure;

public static class ControllerExtensions
{
    public const string SuccessKey = "Success";
    public const string ErrorKey = "Error";

    /// <summary>A green notification banner on the next page shown (Post/Redirect/Get).</summary>
    public static void Success(this Controller controller, string message) => controller.TempData[SuccessKey] = message;

    /// <summary>An error summary on the next page shown, for an action refused after a redirect.</summary>
    public static void Error(this Controller controller, string message) => controller.TempData[ErrorKey] = message;

    /// <summary>Runs a step, turning a refused domain rule into a form error. True when it went through.</summary>
    public static async Task<bool> AttemptAsync(this Controller controller, Func<Task> step, string parameterName)
    {
        try
        {
            await step();
            return true;
        }
        catch (AoPortal.Domain.Common.DomainRuleException e)
        {
            controller.ModelState.AddDomainError(e, parameterName);
            return false;
        }
    }

    /// <summary>Identity's refusals, in GOV.UK wording, on the password field.</summary>
    public static void AddPasswordErrors(this ModelStateDictionary modelState, IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(field, error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => "Password must be 12 characters or more",
                _ => error.Description,
            });
        }
    }
}
