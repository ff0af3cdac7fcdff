/** A server code (`order.not-in-exception`) as one i18n key segment (`order_not_in_exception`): dots would nest. */
export const codeKey = (code: string) => code.replace(/[.-]/g, '_');
