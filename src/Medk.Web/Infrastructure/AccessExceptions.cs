namespace Medk.Web.Infrastructure;

/// <summary>The object does not exist, or the user may not know that it does: both answer 404.</summary>
public sealed class NotFoundException(string message = "Объект не найден или недоступен.") : Exception(message);

/// <summary>The user sees the object but may not do this with it: 403.</summary>
public sealed class ForbiddenException(string message = "Недостаточно прав для этого действия.") : Exception(message);
