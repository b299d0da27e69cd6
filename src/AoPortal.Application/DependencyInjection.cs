using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers every use-case handler (a class named Handler) and every FluentValidation validator in this assembly.
    /// FluentValidation's own DI package is not available here, and scanning keeps a new use case from being forgotten.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (type.Name == "Handler") services.AddScoped(type);
            foreach (var validatorInterface in type.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddScoped(validatorInterface, type);
            }
        }

        return services;
    }
}
