"""letter.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '7f2b1b57ac38e45627701eaf088c425f'
JINJA = '3.1.6'
MACROS = (('team_1', ('c', 'given', 'family', 'full')), ('informal_1', ('c', 'given', 'family', 'full')), ('fullname_1', ('c', 'given', 'family', 'full')), ('female_1', ('c', 'given', 'family', 'full')), ('male_1', ('c', 'given', 'family', 'full')), ('fullname_dr_1', ('c', 'given', 'family', 'full')), ('female_dr_1', ('c', 'given', 'family', 'full')), ('male_dr_1', ('c', 'given', 'family', 'full')), ('fullname_prof_1', ('c', 'given', 'family', 'full')), ('female_prof_1', ('c', 'given', 'family', 'full')), ('male_prof_1', ('c', 'given', 'family', 'full')), ('known_1', ('c', 'given', 'family', 'full')), ('known_female_1', ('c', 'given', 'family', 'full')), ('known_male_1', ('c', 'given', 'family', 'full')), ('best_1', ('c',)), ('kind_1', ('c',)), ('warm_1', ('c',)), ('light_1', ('c',)), ('name_1', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'letter.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_team_1 = l_0_informal_1 = l_0_fullname_1 = l_0_female_1 = l_0_male_1 = l_0_fullname_dr_1 = l_0_female_dr_1 = l_0_male_dr_1 = l_0_fullname_prof_1 = l_0_female_prof_1 = l_0_male_prof_1 = l_0_known_1 = l_0_known_female_1 = l_0_known_male_1 = l_0_best_1 = l_0_kind_1 = l_0_warm_1 = l_0_light_1 = l_0_name_1 = missing
        pass
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Dear %(company)s Hiring Team,', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_1)
        context.exported_vars.add('team_1')
        context.vars['team_1'] = l_0_team_1 = Macro(environment, macro, 'team_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Hi %(name)s,', name=l_1_given)),
            )
            return concat(t_2)
        context.exported_vars.add('informal_1')
        context.vars['informal_1'] = l_0_informal_1 = Macro(environment, macro, 'informal_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Dear %(name)s,', name=l_1_full)),
            )
            return concat(t_3)
        context.exported_vars.add('fullname_1')
        context.vars['fullname_1'] = l_0_fullname_1 = Macro(environment, macro, 'fullname_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Dear Ms. %(name)s,', name=l_1_family)),
            )
            return concat(t_4)
        context.exported_vars.add('female_1')
        context.vars['female_1'] = l_0_female_1 = Macro(environment, macro, 'female_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Dear Mr. %(name)s,', name=l_1_family)),
            )
            return concat(t_5)
        context.exported_vars.add('male_1')
        context.vars['male_1'] = l_0_male_1 = Macro(environment, macro, 'male_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Dear Dr. %(name)s,', name=l_1_family, full=l_1_full)),
            )
            return concat(t_6)
        context.exported_vars.add('fullname_dr_1')
        context.vars['fullname_dr_1'] = l_0_fullname_dr_1 = Macro(environment, macro, 'fullname_dr_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_7 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_7.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('female', 'Dear Dr. %(name)s,', name=l_1_family)),
            )
            return concat(t_7)
        context.exported_vars.add('female_dr_1')
        context.vars['female_dr_1'] = l_0_female_dr_1 = Macro(environment, macro, 'female_dr_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_8 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_8.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('male', 'Dear Dr. %(name)s,', name=l_1_family)),
            )
            return concat(t_8)
        context.exported_vars.add('male_dr_1')
        context.vars['male_dr_1'] = l_0_male_dr_1 = Macro(environment, macro, 'male_dr_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Dear Professor %(name)s,', name=l_1_family, full=l_1_full)),
            )
            return concat(t_9)
        context.exported_vars.add('fullname_prof_1')
        context.vars['fullname_prof_1'] = l_0_fullname_prof_1 = Macro(environment, macro, 'fullname_prof_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_10 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_10.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('female', 'Dear Professor %(name)s,', name=l_1_family)),
            )
            return concat(t_10)
        context.exported_vars.add('female_prof_1')
        context.vars['female_prof_1'] = l_0_female_prof_1 = Macro(environment, macro, 'female_prof_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_11 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_11.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('male', 'Dear Professor %(name)s,', name=l_1_family)),
            )
            return concat(t_11)
        context.exported_vars.add('male_prof_1')
        context.vars['male_prof_1'] = l_0_male_prof_1 = Macro(environment, macro, 'male_prof_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_12 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_12.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('known', 'Dear %(name)s,', name=l_1_given, full=l_1_full)),
            )
            return concat(t_12)
        context.exported_vars.add('known_1')
        context.vars['known_1'] = l_0_known_1 = Macro(environment, macro, 'known_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_13 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_13.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('known female', 'Dear %(name)s,', name=l_1_given, family=l_1_family)),
            )
            return concat(t_13)
        context.exported_vars.add('known_female_1')
        context.vars['known_female_1'] = l_0_known_female_1 = Macro(environment, macro, 'known_female_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_given, l_1_family, l_1_full):
            t_14 = []
            l_1_pgettext = resolve('pgettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_given is missing:
                l_1_given = undefined("parameter 'given' was not provided", name='given')
            if l_1_family is missing:
                l_1_family = undefined("parameter 'family' was not provided", name='family')
            if l_1_full is missing:
                l_1_full = undefined("parameter 'full' was not provided", name='full')
            pass
            t_14.append(
                str(((undefined(name='pgettext') if l_1_pgettext is missing else l_1_pgettext))('known male', 'Dear %(name)s,', name=l_1_given, family=l_1_family)),
            )
            return concat(t_14)
        context.exported_vars.add('known_male_1')
        context.vars['known_male_1'] = l_0_known_male_1 = Macro(environment, macro, 'known_male_1', ('c', 'given', 'family', 'full'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Best regards,')),
            )
            return concat(t_15)
        context.exported_vars.add('best_1')
        context.vars['best_1'] = l_0_best_1 = Macro(environment, macro, 'best_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Kind regards,')),
            )
            return concat(t_16)
        context.exported_vars.add('kind_1')
        context.vars['kind_1'] = l_0_kind_1 = Macro(environment, macro, 'kind_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Warm regards,')),
            )
            return concat(t_17)
        context.exported_vars.add('warm_1')
        context.vars['warm_1'] = l_0_warm_1 = Macro(environment, macro, 'warm_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('All the best,')),
            )
            return concat(t_18)
        context.exported_vars.add('light_1')
        context.vars['light_1'] = l_0_light_1 = Macro(environment, macro, 'light_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_19 = []
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(environment.getattr(l_1_c, 'candidate')),
            )
            return concat(t_19)
        context.exported_vars.add('name_1')
        context.vars['name_1'] = l_0_name_1 = Macro(environment, macro, 'name_1', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '12=12&13=30&14=48&15=66&16=84&17=102&18=120&19=138&20=156&21=174&22=192&23=210&24=228&25=246&26=264&27=276&28=288&29=300&30=312'
    return locals()
