using AoPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AoPortal.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Shows a refused domain rule as a form error, on its field when it names one.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainRuleException error, string parameterName) =>
        modelState.AddModelError(error.Field is null ? "" : KeyFor(modelState, parameterName, error.Field), error.Message);

    /// <summary>
    /// The ModelState key of a property of a bound action parameter. MVC binds a parameter under its own name as
    /// prefix when the form used one ("form.Name", from a view model's Form property), otherwise without a prefix.
    /// </summary>
    public static string KeyFor(ModelStateDictionary modelState, string parameterName, string property)
    {
        var prefix = parameterName + ".";
        return modelState.Keys.Any(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) ? prefix + property : property;
    }
}
