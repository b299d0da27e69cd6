using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Validates every bound action argument that has a FluentValidation validator and copies the failures into
/// ModelState, so actions only check ModelState.IsValid. Stands in for FluentValidation.AspNetCore, which the
/// package registry here does not serve (see docs/decisions/ADR-003).
/// </summary>
public sealed class FluentValidationFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var (parameterName, argument) in context.ActionArguments)
        {
            if (argument is null) continue;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator) continue;

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var failure in result.Errors)
            {
                var key = ModelStateExtensions.KeyFor(context.ModelState, parameterName, failure.PropertyName);
                // Model binding may already have said the value was not understood; one message per field is enough.
                if (context.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0) continue;
                context.ModelState.AddModelError(key, failure.ErrorMessage);
                ErrorOrder.Record(context.HttpContext, key);
            }
        }

        await next();
    }
}
