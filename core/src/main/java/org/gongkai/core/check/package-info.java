/** Checks of an annual report against the national template's rules (spec section 6), each finding with a Chinese message. */
package org.gongkai.core.check;
