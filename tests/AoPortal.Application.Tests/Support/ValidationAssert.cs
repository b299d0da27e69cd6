using FluentValidation.Results;

namespace AoPortal.Application.Tests.Support;

public static class ValidationAssert
{
    public static void HasError(ValidationResult result, string property, string message)
    {
        if (!result.Errors.Any(e => e.PropertyName == property && e.ErrorMessage == message))
            Assert.Fail($"Expected the error \"{property}: {message}\" but got: {Describe(result)}");
    }

    public static void HasNoErrorFor(ValidationResult result, string property)
    {
        if (result.Errors.Any(e => e.PropertyName == property))
            Assert.Fail($"Expected no error for {property} but got: {Describe(result)}");
    }

    public static void IsValid(ValidationResult result)
    {
        if (!result.IsValid) Assert.Fail($"Expected no errors but got: {Describe(result)}");
    }

    private static string Describe(ValidationResult result) =>
        result.Errors.Count == 0 ? "no errors" : string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
}
