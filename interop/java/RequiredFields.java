import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.util.TreeSet;

/**
 * Prints, for each model class named on the command line, the JSON fields its generated getters
 * mark required ({@code @JsonProperty(required = true)}), one "Class.field" per line, so that
 * interop/check_java_required.py can compare them with the spec's {@code required} lists.
 */
public final class RequiredFields {
    private RequiredFields() {}

    public static void main(String[] args) throws ClassNotFoundException {
        for (String name : args) {
            Class<?> model = Class.forName("org.openapitools.client.model." + name);
            TreeSet<String> required = new TreeSet<>();
            for (Method method : model.getMethods()) {
                JsonProperty property = method.getAnnotation(JsonProperty.class);
                if (property != null && property.required() && method.getParameterCount() == 0) {
                    required.add(property.value());
                }
            }
            for (String field : required) {
                System.out.println(name + "." + field);
            }
        }
    }
}
