/** The stakeholder directory's table and the stakeholder dialog (JavaFX). */
package org.fieldbook.stakeholder.ui;
